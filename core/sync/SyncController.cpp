#include "SyncController.h"

#include "sync/SyncEngine.h"

namespace mlc {

SyncController::SyncController(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<EngineStatus>();
    qRegisterMetaType<SyncController::Start>();
    m_thread.setObjectName(QStringLiteral("ml-connector engine"));
    m_engine = new SyncEngine;
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::statusChanged, this, &SyncController::statusChanged);
    connect(m_engine, &SyncEngine::replayed, this, &SyncController::replayed);
    connect(m_engine, &SyncEngine::stopped, this, &SyncController::stopped);
    m_thread.start();
}

SyncController::~SyncController()
{
    // Stop on the engine thread and wait there for the write on its way; then end the thread.
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine] {
            QEventLoop wait;
            QObject::connect(engine, &SyncEngine::stopped, &wait, &QEventLoop::quit);
            engine->stop();
            wait.exec();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncController::start(const Start& start)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, start] { engine->start(start); });
}

void SyncController::pause()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::pause);
}

void SyncController::resume()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::resume);
}

void SyncController::syncNow()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow);
}

void SyncController::replayFailed()
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine] { engine->replay(0); });
}

void SyncController::replayEntry(qint64 auditId)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, auditId] { engine->replay(auditId); });
}

void SyncController::stop()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::stop);
}

} // namespace mlc
