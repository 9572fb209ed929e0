#include "SerialWorker.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace pcitopo {

namespace {

std::atomic<int> live{0};

} // namespace

struct SerialWorker::State
{
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::function<void()>> jobs;
    bool released = false;
};

SerialWorker::SerialWorker()
    : m_state(std::make_shared<State>())
{
    ++live;
    // The thread holds the state: it outlives this object when a job is slow to return.
    std::thread([state = m_state] {
        for (;;) {
            std::function<void()> job;
            {
                std::unique_lock lock(state->mutex);
                state->wake.wait(lock, [&] { return state->released || !state->jobs.empty(); });
                if (state->jobs.empty())
                    break; // released, and nothing left
                job = std::move(state->jobs.front());
                state->jobs.pop_front();
            }
            job();
        }
        --live;
    }).detach();
}

SerialWorker::~SerialWorker()
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->released = true;
    }
    m_state->wake.notify_one();
}

void SerialWorker::post(std::function<void()> job)
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->jobs.push_back(std::move(job));
    }
    m_state->wake.notify_one();
}

int SerialWorker::liveThreads()
{
    return live.load();
}

} // namespace pcitopo
