#pragma once

#include "secrets/CredentialStore.h"

#include <QTest>

#include <optional>

namespace mlc::test {

// Runs one asynchronous store call and waits (on the event loop, without sleeping) for its answer.
template <typename Call>
SecretResult answerOf(Call call)
{
    QObject context;
    std::optional<SecretResult> answer;
    call(&context, [&answer](SecretResult result) { answer = std::move(result); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return SecretResult::failed(CredentialError::Other,
                                    QStringLiteral("the store did not answer within 20 s"));
    return *answer;
}

inline SecretResult readSecret(CredentialStore& store, SecretId id)
{
    return answerOf([&](QObject* context, CredentialStore::Callback done) { store.read(id, context, done); });
}

inline SecretResult writeSecret(CredentialStore& store, SecretId id, const QString& value)
{
    return answerOf(
        [&](QObject* context, CredentialStore::Callback done) { store.write(id, value, context, done); });
}

inline SecretResult removeSecret(CredentialStore& store, SecretId id)
{
    return answerOf(
        [&](QObject* context, CredentialStore::Callback done) { store.remove(id, context, done); });
}

inline SecretResult checkAvailable(CredentialStore& store)
{
    return answerOf(
        [&](QObject* context, CredentialStore::Callback done) { store.checkAvailable(context, done); });
}

} // namespace mlc::test
