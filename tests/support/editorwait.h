#pragma once

#include "memoryeditor.h"

#include <QSignalSpy>
#include <QTest>

// The editor's database work runs on the worker: these wait for its answer.
inline bool confirmNow(MemoryEditor &editor)
{
    QSignalSpy finished(&editor, &MemoryEditor::confirmFinished);
    editor.confirm();
    // With nothing staged the answer comes at once.
    return (!finished.isEmpty() || finished.wait(10000)) && finished.constFirst().constFirst().toBool();
}

inline bool findMatchingNow(MemoryEditor &editor, MemoryTimelineModel *timeline)
{
    QSignalSpy found(&editor, &MemoryEditor::matchingFound);
    editor.findMatching(timeline);
    return found.wait(10000);
}
