#pragma once

// SIGINT and SIGTERM during a command that runs without an event loop (an export): remembered, so
// that the command stops at its next step, removes what it wrote, and exits with 128 + the signal.
// A second one ends Nido at once.
namespace Interruption {

void install();
// The signal received, or 0.
[[nodiscard]] int received();

} // namespace Interruption
