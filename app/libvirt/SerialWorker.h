#pragma once

#include <functional>
#include <memory>

namespace pcitopo {

/**
 * A thread that runs jobs one after another and that nobody ever waits for. Its owner may
 * drop it at any moment, with a libvirt call stuck in a connect to a host that never answers:
 * the thread finishes what is queued on its own, then ends. Results reach the GUI thread by
 * queued calls, guarded by the receiver's QPointer.
 */
class SerialWorker
{
public:
    SerialWorker();
    /** Lets go without waiting: the thread runs what is queued, then ends. */
    ~SerialWorker();
    SerialWorker(const SerialWorker &) = delete;
    SerialWorker &operator=(const SerialWorker &) = delete;

    void post(std::function<void()> job);

    /**
     * Worker threads of the whole process still running or holding jobs. A quitting process
     * does not wait for them (main() ends it at once when any are left).
     */
    static int liveThreads();

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace pcitopo
