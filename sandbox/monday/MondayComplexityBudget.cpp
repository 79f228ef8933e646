#include "MondayComplexityBudget.h"

#include "MondayQueryResolvers.h"

#include <QJsonObject>

namespace mlc::sandbox {

namespace {

int pageLimit(const GraphQLField& field, const QJsonObject& variables)
{
    for (const GraphQLArgument& argument : field.arguments) {
        if (argument.name != QLatin1String("limit"))
            continue;
        if (argument.value.kind == GraphQLValue::Kind::Variable)
            return variables.value(argument.value.text).toInt(25);
        return argument.value.text.toInt();
    }
    return 25;
}

int cost(const std::vector<GraphQLSelection>& selections, const GraphQLDocument& document,
         const QJsonObject& variables, int depth)
{
    if (depth > 20)
        return 0;
    int total = 0;
    for (const GraphQLSelection& item : selections) {
        if (item.kind == GraphQLSelection::Kind::InlineFragment) {
            total += cost(item.selections, document, variables, depth + 1);
        } else if (item.kind == GraphQLSelection::Kind::FragmentSpread) {
            if (const GraphQLFragmentDefinition* fragment = document.fragment(item.fragmentName))
                total += cost(fragment->selections, document, variables, depth + 1);
        } else {
            const int inner = cost(item.field.selections, document, variables, depth + 1);
            const bool paged = item.field.name.startsWith(QLatin1String("items_page")) ||
                               item.field.name == QLatin1String("next_items_page");
            total += 1 + (paged ? inner * qMax(1, pageLimit(item.field, variables)) : inner);
        }
    }
    return total;
}

} // namespace

MondayComplexityBudget::MondayComplexityBudget(const Clock& clock)
    : m_clock(clock)
{}

int MondayComplexityBudget::estimate(const MondayOperation& operation)
{
    const int fields = cost(operation.operation->selections, *operation.document, operation.variables, 0);
    return operation.isMutation ? std::max(fields, kMinMutationCost) : fields;
}

MondayComplexityBudget::Window& MondayComplexityBudget::window(const QString& token)
{
    Window& current = m_windows[token];
    const QDateTime now = m_clock.nowUtc();
    if (!current.started.isValid() || now >= current.started.addSecs(60))
        current = Window{now, 0};
    return current;
}

int MondayComplexityBudget::remaining(const QString& token) const
{
    const auto it = m_windows.constFind(token);
    if (it == m_windows.constEnd() || m_clock.nowUtc() >= it->started.addSecs(60))
        return m_budget;
    return m_budget - it->used;
}

std::optional<MondayAnswer> MondayComplexityBudget::admit(MondayOperation& operation)
{
    Window& current = window(operation.token);
    const int query = estimate(operation);
    const int before = m_budget - current.used;
    const qint64 reset = qMax<qint64>(0, m_clock.nowUtc().secsTo(current.started.addSecs(60)));
    if (query > kMaxPerQuery) {
        return MondayAnswer::error(
            200,
            QStringLiteral("Query has complexity of %1, which exceeds max complexity of %2")
                .arg(query)
                .arg(kMaxPerQuery),
            QStringLiteral("ComplexityException"));
    }
    if (query > before) {
        const int seconds = int(qMax<qint64>(1, reset));
        MondayAnswer exhausted = MondayAnswer::error(429, QStringLiteral("Complexity budget exhausted"),
                                                     QStringLiteral("COMPLEXITY_BUDGET_EXHAUSTED"),
                                                     {{QStringLiteral("retry_in_seconds"), seconds}});
        exhausted.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
        return exhausted;
    }
    current.used += query;
    operation.context.insert(MondayQueryResolvers::contextComplexity(),
                             QJsonObject{{QStringLiteral("before"), before},
                                         {QStringLiteral("after"), before - query},
                                         {QStringLiteral("query"), query},
                                         {QStringLiteral("reset_in_x_seconds"), int(reset)}});
    return std::nullopt;
}

} // namespace mlc::sandbox
