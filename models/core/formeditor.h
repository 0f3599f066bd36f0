#pragma once

#include "dataloader.h"
#include "fieldstate.h"
#include "formfield.h"
#include "formsnapshot.h"
#include "formwriter.h"

#include <QDateTime>
#include <QHash>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

// The one form base: the profile, the routines and an agent's persona are each a list of fields
// over a row (FormField), read and written through a FormWriter::Store. The form holds what the
// parent typed (`values`, by field path), valid or not, so nothing typed is lost; `errors` says
// beside each changed field why it cannot be saved yet. Unsaved edits are kept as a draft in the
// user's data folder. A save writes only the fields the parent changed, in one transaction;
// fields someone else changed meanwhile come back as `conflicts`, each with both versions for the
// parent to choose.
class FormEditor : public DataLoader
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A page makes a ProfileEditor, a RoutinesEditor or an AgentEditor.")
    Q_PROPERTY(bool saving READ saving NOTIFY stateChanged)
    Q_PROPERTY(bool editable READ editable NOTIFY stateChanged)
    // Whether the form's controls take input: between two rows, as they did for the last one (the
    // editor refuses values meanwhile, and the view hides the last row's), so that a switch does not
    // restyle every control to grey and back.
    Q_PROPERTY(bool controlsEnabled READ controlsEnabled NOTIFY stateChanged)
    // Why the last save, draft or action failed (a failed load is the DataLoader's errorString).
    Q_PROPERTY(QString actionError READ actionError NOTIFY stateChanged)
    Q_PROPERTY(QDateTime lastSavedAt READ lastSavedAt NOTIFY stateChanged)
    Q_PROPERTY(QVariantMap values READ values NOTIFY valuesChanged)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY valuesChanged)
    Q_PROPERTY(QStringList changedFields READ changedFields NOTIFY valuesChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY valuesChanged)
    Q_PROPERTY(bool canSave READ canSave NOTIFY valuesChanged)
    Q_PROPERTY(QVariantList conflicts READ conflicts NOTIFY valuesChanged)
    Q_PROPERTY(QDateTime draftOnOffer READ draftOnOffer NOTIFY stateChanged)

public:
    [[nodiscard]] bool saving() const { return m_saving; }
    [[nodiscard]] virtual bool editable() const { return loaded(); }
    [[nodiscard]] bool controlsEnabled() const { return m_controlsEnabled; }
    [[nodiscard]] QString actionError() const { return m_error; }
    [[nodiscard]] QDateTime lastSavedAt() const { return m_lastSavedAt; }
    [[nodiscard]] QVariantMap values() const { return m_typed; }
    [[nodiscard]] QVariantMap errors() const;
    [[nodiscard]] QStringList changedFields() const;
    [[nodiscard]] bool dirty() const { return !changedFields().isEmpty(); }
    [[nodiscard]] bool canSave() const;
    [[nodiscard]] QVariantList conflicts() const;
    // When the last draft left of this form and record was written; invalid when there is none.
    [[nodiscard]] QDateTime draftOnOffer() const { return m_draftOnOffer; }

    // The field at `path` as its control shows it; the same object for the editor's life.
    Q_INVOKABLE FieldState *state(const QString &path);
    Q_INVOKABLE void setValue(const QString &path, const QVariant &value);
    // Adds a trimmed entry to a list field; false for an empty or repeated one.
    Q_INVOKABLE bool addItem(const QString &path, const QString &text);
    Q_INVOKABLE void removeItem(const QString &path, int index);
    Q_INVOKABLE QString label(const QString &path) const;
    // The field's choices, with a value the backend wrote that Nido does not know.
    Q_INVOKABLE QStringList choices(const QString &path) const;
    Q_INVOKABLE static QString choiceLabel(const QString &value);

    Q_INVOKABLE void save();
    Q_INVOKABLE void discard();
    // A conflict settled by the parent: keep what they typed, or take the other version.
    Q_INVOKABLE void keepMine(const QString &path);
    Q_INVOKABLE void takeTheirs(const QString &path);
    Q_INVOKABLE void restoreDraft();
    Q_INVOKABLE void dropDraft();

    // Every form with unsaved edits, for the window to ask before it closes or switches child.
    [[nodiscard]] static bool anyUnsaved();
    static void discardAllUnsaved();

    // The form values of a stored row.
    [[nodiscard]] static QVariantMap formValues(const QList<FormField> &fields, const FormSnapshot &snapshot);

Q_SIGNALS:
    void stateChanged();
    void valuesChanged();
    void saved();

protected:
    // `form` names the draft file ("profile", "routines", "agent").
    FormEditor(const QList<FormField> &fields, const QString &form, const FormWriter::Store &store, QObject *parent);
    ~FormEditor() override;

    [[nodiscard]] const QList<FormField> &fields() const { return m_fields; }
    [[nodiscard]] const FormField *field(const QString &path) const;
    [[nodiscard]] const FormSnapshot &base() const { return m_base; }
    [[nodiscard]] QString record() const { return m_record; }
    // The row the form edits; loads it (an empty one clears the form).
    void setRecord(const QString &record);
    // Loads the row again, keeping what the parent typed over it (conflicts if someone else
    // changed the same field).
    void reload();
    // Puts stored values into the form as if the parent typed them (a version restored).
    void setTypedFrom(const FormSnapshot &snapshot);
    void setError(const QString &error);
    // The child changed; the record may follow it (what is editable may change).
    void childChanged() override { Q_EMIT stateChanged(); }
    [[nodiscard]] bool wanted() const override { return !m_record.isEmpty(); }
    void clear() override;
    void load() override;
    // Problems that involve several fields, added to `errors` by path.
    virtual void addCrossFieldProblems(QVariantMap &errors) const { Q_UNUSED(errors) }
    // Called after a save, with the row as it now is.
    virtual void announceSaved() {}

private:
    void showSnapshot(const FormSnapshot &snapshot);
    // Each field's state after a change of the form, its problems worked out once for all.
    void updateStates();
    // Moves the form onto `current`: fields the parent did not change take its values; changed ones
    // that it changed too, to something else, become conflicts.
    void rebase(const FormSnapshot &current);
    [[nodiscard]] QList<FormWriter::Edit> edits() const;
    // Writes the draft shortly after the last change; writeDraft() writes it now.
    void keepDraft();
    void writeDraft();

    const QList<FormField> &m_fields;
    QHash<QString, FieldState *> m_states;
    const QString m_form;
    const FormWriter::Store &m_store;
    QString m_record;
    QTimer m_draftTimer;
    // The next load moves what the parent typed onto the row read, instead of replacing it.
    bool m_keepTyped = false;
    bool m_saving = false;
    bool m_controlsEnabled = false;
    QString m_error;
    QDateTime m_lastSavedAt;
    QDateTime m_draftOnOffer;
    FormSnapshot m_base;
    QVariantMap m_typed;
    QStringList m_conflicts;
};
