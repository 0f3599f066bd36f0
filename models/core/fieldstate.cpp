#include "fieldstate.h"

FieldState::FieldState(QObject *parent)
    : QObject(parent)
{
}

void FieldState::show(const QVariant &value, bool edited, const QString &problem)
{
    if (value != m_value) {
        m_value = value;
        Q_EMIT valueChanged();
    }
    if (edited != m_edited) {
        m_edited = edited;
        Q_EMIT editedChanged();
    }
    if (problem != m_problem) {
        m_problem = problem;
        Q_EMIT problemChanged();
    }
}
