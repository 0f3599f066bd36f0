#pragma once

#include <QImage>
#include <QObject>
#include <QQuickWindow>
#include <QString>

#include <memory>

class QQmlApplicationEngine;

// Nido's real window, offscreen, driven the way a parent drives it: a child chosen in the
// switcher, a page opened by name, a model's filter changed.
class WindowWalk
{
public:
    WindowWalk();
    ~WindowWalk();

    bool load(QString *error);
    [[nodiscard]] QQuickWindow *window() const { return m_window; }

    // The switcher's entry `index`; its child's id.
    QString chooseChild(int index);
    [[nodiscard]] QString childId() const;
    // The first error a model of the window reports, if any.
    [[nodiscard]] QString modelError() const;
    void open(const QString &page);
    // Waits, event by event, until the database worker has handed over every result and any
    // export has ended, then draws a frame with what arrived (delegates created, charts filled).
    bool settle(int timeoutMs = 60000);
    [[nodiscard]] QImage lastFrame() const { return m_frame; }

    template<typename T>
    [[nodiscard]] T *find() const
    {
        return m_window->findChild<T *>();
    }
    [[nodiscard]] QObject *named(const QString &objectName) const;
    // The object of the window with this QML property (a page's own properties).
    [[nodiscard]] QObject *withProperty(const char *property) const;

private:
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QObject *m_navigation = nullptr;
    QObject *m_children = nullptr;
    QImage m_frame;
};
