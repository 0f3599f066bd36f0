#include "interruption.h"

#include <csignal>
#include <initializer_list>

namespace {

volatile std::sig_atomic_t receivedSignal = 0;

void remember(int signal)
{
    receivedSignal = signal;
}

} // namespace

namespace Interruption {

void install()
{
    struct sigaction action = {};
    action.sa_handler = &remember;
    sigemptyset(&action.sa_mask);
    // Statements under way finish; the export looks at the flag between its steps and rows.
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    for (const int signal : {SIGINT, SIGTERM})
        ::sigaction(signal, &action, nullptr);
}

int received()
{
    return receivedSignal;
}

} // namespace Interruption
