#pragma once

#include <QObject>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

// What one field of a form shows: its value as typed, whether the parent changed it, and why it
// cannot be saved yet. A form gives each field its own (FormEditor::state()), and tells each only
// of its own changes: a field bound to the whole form's `values` was handed every field's value
// (QML copies a map whole each time it is read) on every keystroke and every load.
class FieldState : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A form gives each field its state: editor.state(path).")
    Q_PROPERTY(QVariant value READ value NOTIFY valueChanged)
    Q_PROPERTY(bool edited READ edited NOTIFY editedChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    explicit FieldState(QObject *parent = nullptr);

    [[nodiscard]] QVariant value() const { return m_value; }
    [[nodiscard]] bool edited() const { return m_edited; }
    [[nodiscard]] QString problem() const { return m_problem; }
    void show(const QVariant &value, bool edited, const QString &problem);

Q_SIGNALS:
    void valueChanged();
    void editedChanged();
    void problemChanged();

private:
    QVariant m_value;
    bool m_edited = false;
    QString m_problem;
};
