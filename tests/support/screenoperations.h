#pragma once

#include <QList>
#include <QString>

#include <functional>

class WindowWalk;

// What a parent does in the window, each split into the set-up (not measured) and the step
// measured: the plan test runs them all to see every query the models run; the benchmark times them.
struct ScreenOperation {
    QString name;
    // Only where the heavy child's size makes it mean something (page 100 of the timeline).
    bool heavyChildOnly = false;
    // Both get the switcher's index of the child; false with the reason.
    std::function<bool(WindowWalk &, int child, QString *error)> prepare;
    std::function<bool(WindowWalk &, int child, QString *error)> act;
};

// `outputFolder` receives the PDFs and exports.
[[nodiscard]] QList<ScreenOperation> screenOperations(const QString &outputFolder);
