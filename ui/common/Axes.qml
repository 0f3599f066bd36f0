pragma Singleton
import QtQuick

// Round steps for the charts' value axes: 1, 2 or 5 × 10ⁿ, whole numbers for counts, so that a
// parent reads 0, 20, 40, 60 minutes and never 0, 21, 42, 63.
QtObject {
    // The step for about `ticks` intervals up to `highest`.
    function step(highest: real, ticks: int, whole: bool): real {
        const raw = Math.max(highest, whole ? 1 : 1e-6) / Math.max(1, ticks)
        const power = Math.pow(10, Math.floor(Math.log10(raw)))
        const nice = [1, 2, 5, 10].map(multiple => multiple * power).find(candidate => candidate >= raw - 1e-9)
        return whole ? Math.max(1, Math.round(nice)) : nice
    }
    // The first multiple of `interval` at or above `highest`, at least one step above `floor`.
    function top(highest: real, interval: real, floor: real): real {
        return Math.max((floor || 0) + interval, Math.ceil(highest / interval - 1e-9) * interval)
    }
    function bottom(lowest: real, interval: real): real {
        return Math.min(0, Math.floor(lowest / interval + 1e-9) * interval)
    }
}
