#include "formeditor.h"
#include "draftstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QQmlEngine>
#include <QSet>

namespace {

constexpr int draftDelayMs = 400;

QSet<FormEditor *> &openEditors()
{
    static QSet<FormEditor *> editors;
    return editors;
}

} // namespace

FormEditor::FormEditor(const QList<FormField> &fields, const QString &form, const FormWriter::Store &store, QObject *parent)
    : DataLoader(parent)
    , m_fields(fields)
    , m_form(form)
    , m_store(store)
{
    openEditors().insert(this);
    // A burst of typing writes the draft once, not on every key (the file is synced to disk).
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(draftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &FormEditor::writeDraft);
    connect(this, &DataLoader::statusChanged, this, [this] {
        if (!waiting())
            m_controlsEnabled = editable();
        Q_EMIT stateChanged();
    });
    connect(this, &FormEditor::valuesChanged, this, &FormEditor::updateStates);
}

FormEditor::~FormEditor()
{
    if (m_draftTimer.isActive())
        writeDraft();
    openEditors().remove(this);
}

bool FormEditor::anyUnsaved()
{
    const auto &editors = openEditors();
    return std::any_of(editors.cbegin(), editors.cend(), [](const FormEditor *editor) { return editor->dirty(); });
}

void FormEditor::discardAllUnsaved()
{
    const auto editors = openEditors();
    for (FormEditor *editor : editors) {
        if (editor->dirty())
            editor->discard();
    }
}

QVariantMap FormEditor::formValues(const QList<FormField> &fields, const FormSnapshot &snapshot)
{
    QVariantMap values;
    for (const FormField &field : fields)
        values.insert(field.path, field.formValue(snapshot.at(field.path)));
    return values;
}

const FormField *FormEditor::field(const QString &path) const
{
    for (const FormField &candidate : m_fields) {
        if (candidate.path == path)
            return &candidate;
    }
    return nullptr;
}

void FormEditor::setRecord(const QString &record)
{
    if (m_record == record)
        return;
    // The draft of the record left behind stays on disk, offered when it is chosen again.
    if (m_draftTimer.isActive())
        writeDraft();
    m_record = record;
    m_keepTyped = false;
    invalidate();
}

void FormEditor::reload()
{
    if (m_record.isEmpty() || !loaded() || m_saving)
        return;
    m_keepTyped = true;
    invalidate(Shown::Keep);
}

void FormEditor::clear()
{
    // The draft of what is cleared stays on disk, offered when it is chosen again.
    if (m_draftTimer.isActive())
        writeDraft();
    // A save still running answers for a row no longer shown.
    m_saving = false;
    m_error.clear();
    m_conflicts.clear();
    m_draftOnOffer = {};
    m_base = {};
    m_typed.clear();
    Q_EMIT valuesChanged();
}

void FormEditor::load()
{
    const bool keepTyped = std::exchange(m_keepTyped, false);
    readBatch<FormSnapshot>(
        m_store.statements(m_record, false),
        [read = m_store.snapshot](SqlConnection &, QList<QList<QSqlRecord>> &rows, FormSnapshot &snapshot, QString *error) {
            const auto found = read(rows, false, error);
            if (found)
                snapshot = *found;
            return found.has_value();
        },
        [this, keepTyped](FormSnapshot &&snapshot) {
            if (keepTyped) {
                rebase(snapshot);
                Q_EMIT valuesChanged();
                return;
            }
            showSnapshot(snapshot);
            // A draft left by a killed Nido, a lost connection or another record's turn is offered;
            // one that the row already matches has nothing left to offer.
            if (const auto draft = DraftStore::load(m_form, m_record)) {
                if (draft->content.value(QStringLiteral("values")).toObject() != QJsonObject::fromVariantMap(m_typed))
                    m_draftOnOffer = draft->savedAt;
                else
                    DraftStore::remove(m_form, m_record);
            }
        });
}

void FormEditor::showSnapshot(const FormSnapshot &snapshot)
{
    m_base = snapshot;
    m_typed = formValues(m_fields, snapshot);
    m_conflicts.clear();
    Q_EMIT valuesChanged();
}

FieldState *FormEditor::state(const QString &path)
{
    FieldState *&state = m_states[path];
    if (!state) {
        state = new FieldState(this);
        // Kept by the editor, whatever QML does with what it was handed.
        QQmlEngine::setObjectOwnership(state, QQmlEngine::CppOwnership);
        state->show(m_typed.value(path), changedFields().contains(path), errors().value(path).toString());
    }
    return state;
}

void FormEditor::updateStates()
{
    if (m_states.isEmpty())
        return;
    const QStringList changed = changedFields();
    const QVariantMap problems = errors();
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it)
        it.value()->show(m_typed.value(it.key()), changed.contains(it.key()), problems.value(it.key()).toString());
}

QStringList FormEditor::changedFields() const
{
    QStringList changed;
    if (!loaded())
        return changed;
    for (const FormField &field : m_fields) {
        if (field.kind != FormField::ReadOnly && m_typed.value(field.path) != field.formValue(m_base.at(field.path)))
            changed << field.path;
    }
    return changed;
}

QVariantMap FormEditor::errors() const
{
    // Only what the parent changed: what the backend stored outside Nido's rules (an agent without
    // instructions, a long tone) must not stop another field's save.
    QVariantMap problems;
    for (const QString &path : changedFields()) {
        const FormField *known = field(path);
        const QString problem = known->problemWith(m_typed.value(path), m_base.at(path));
        if (!problem.isEmpty())
            problems.insert(path, problem);
    }
    addCrossFieldProblems(problems);
    return problems;
}

bool FormEditor::canSave() const
{
    return loaded() && editable() && !m_saving && dirty() && m_conflicts.isEmpty() && errors().isEmpty();
}

QVariantList FormEditor::conflicts() const
{
    QVariantList list;
    for (const QString &path : m_conflicts) {
        const FormField *known = field(path);
        // A choice in the words the form offers it with, not the value the backend stores.
        const auto shown = [known](const QVariant &value) {
            return known && known->kind == FormField::Choice ? choiceLabel(value.toString()) : FormField::displayed(value);
        };
        list << QVariantMap{{QStringLiteral("path"), path},
                            {QStringLiteral("label"), known ? known->translatedLabel() : path},
                            {QStringLiteral("theirs"), known ? shown(known->formValue(m_base.at(path))) : QString()},
                            {QStringLiteral("mine"), shown(m_typed.value(path))}};
    }
    return list;
}

void FormEditor::setValue(const QString &path, const QVariant &value)
{
    const FormField *known = field(path);
    if (!known || known->kind == FormField::ReadOnly || !loaded() || !editable())
        return;
    const QVariant typed = known->typed(value);
    if (m_typed.value(path) == typed)
        return;
    m_typed.insert(path, typed);
    keepDraft();
    Q_EMIT valuesChanged();
}

bool FormEditor::addItem(const QString &path, const QString &text)
{
    const QString item = text.trimmed();
    QStringList items = m_typed.value(path).toStringList();
    if (item.isEmpty() || items.contains(item, Qt::CaseInsensitive))
        return false;
    items << item;
    setValue(path, items);
    return true;
}

void FormEditor::removeItem(const QString &path, int index)
{
    const FormField *known = field(path);
    if (!known)
        return;
    QVariantList items = m_typed.value(path).toList();
    if (index < 0 || index >= items.size())
        return;
    items.removeAt(index);
    setValue(path, items);
}

QString FormEditor::label(const QString &path) const
{
    const FormField *known = field(path);
    return known ? known->translatedLabel() : path;
}

QStringList FormEditor::choices(const QString &path) const
{
    const FormField *known = field(path);
    if (!known)
        return {};
    QStringList offered = QStringList{QString()} + known->choices;
    const QString current = m_typed.value(path).toString();
    if (!current.isEmpty() && !offered.contains(current))
        offered << current;
    return offered;
}

QString FormEditor::choiceLabel(const QString &value)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("visual"), QT_TRANSLATE_NOOP("FormEditor", "Seeing (visual)")},
        {QStringLiteral("auditory"), QT_TRANSLATE_NOOP("FormEditor", "Listening (auditory)")},
        {QStringLiteral("kinesthetic"), QT_TRANSLATE_NOOP("FormEditor", "Doing (kinesthetic)")},
        {QStringLiteral("reading"), QT_TRANSLATE_NOOP("FormEditor", "Reading and writing")},
        {QStringLiteral("beginner"), QT_TRANSLATE_NOOP("FormEditor", "Beginner")},
        {QStringLiteral("intermediate"), QT_TRANSLATE_NOOP("FormEditor", "Intermediate")},
        {QStringLiteral("simple"), QT_TRANSLATE_NOOP("FormEditor", "Simple")},
        {QStringLiteral("compound"), QT_TRANSLATE_NOOP("FormEditor", "Compound")},
        {QStringLiteral("complex"), QT_TRANSLATE_NOOP("FormEditor", "Complex")},
        {QStringLiteral("emerging"), QT_TRANSLATE_NOOP("FormEditor", "Emerging")},
        {QStringLiteral("developing"), QT_TRANSLATE_NOOP("FormEditor", "Developing")},
        {QStringLiteral("good"), QT_TRANSLATE_NOOP("FormEditor", "Good")},
        {QStringLiteral("proficient"), QT_TRANSLATE_NOOP("FormEditor", "Proficient")},
        {QStringLiteral("advanced"), QT_TRANSLATE_NOOP("FormEditor", "Advanced")},
    };
    if (value.isEmpty())
        return QCoreApplication::translate("FormEditor", "Not set");
    // A value the backend wrote that Nido does not know is shown as it is.
    const char *label = labels.value(value);
    return label ? QCoreApplication::translate("FormEditor", label) : value;
}

QList<FormWriter::Edit> FormEditor::edits() const
{
    QList<FormWriter::Edit> list;
    for (const QString &path : changedFields())
        list.append({path, field(path)->storedValue(m_typed.value(path), m_base.at(path))});
    return list;
}

void FormEditor::save()
{
    if (!canSave())
        return;
    // On disk before the server is asked: a save that fails (or a crash meanwhile) keeps it.
    if (m_draftTimer.isActive())
        writeDraft();
    m_saving = true;
    m_error.clear();
    Q_EMIT stateChanged();
    Q_EMIT valuesChanged();
    const quint64 asked = request();
    auto job = [store = m_store, record = m_record, base = m_base, edits = edits()](SqlConnection &db) {
        return FormWriter::save(db, store, record, base, edits);
    };
    // A COMMIT that may have reached the server is never sent twice: the parent saves again.
    DatabaseWorker::instance()->run<FormWriter::Outcome>(this, DatabaseWorker::Retry::Never, job,
                                                         [this, asked, sent = m_typed](const FormWriter::Outcome &outcome) {
        if (asked != request())
            return;
        m_saving = false;
        switch (outcome.result) {
        case FormWriter::Outcome::Saved: {
            // What the parent typed while the save ran is theirs still, and stays a draft.
            const QVariantMap typedMeanwhile = m_typed;
            showSnapshot(outcome.current);
            for (auto it = typedMeanwhile.cbegin(); it != typedMeanwhile.cend(); ++it) {
                if (it.value() != sent.value(it.key()))
                    m_typed.insert(it.key(), it.value());
            }
            writeDraft();
            m_draftOnOffer = {};
            m_lastSavedAt = QDateTime::currentDateTime();
            Q_EMIT saved();
            announceSaved();
            break;
        }
        case FormWriter::Outcome::Conflict:
            rebase(outcome.current);
            m_error = tr("Someone else changed this since you opened it. For each field below, choose which version to keep; "
                         "then save again.");
            break;
        case FormWriter::Outcome::Failed:
            m_error = tr("Not saved: %1 Your changes are kept; save again when this is fixed.").arg(outcome.error);
            break;
        }
        Q_EMIT stateChanged();
        Q_EMIT valuesChanged();
    });
}

void FormEditor::rebase(const FormSnapshot &current)
{
    const FormSnapshot previous = m_base;
    m_base = current;
    m_conflicts.clear();
    for (const FormField &field : m_fields) {
        const QVariant before = field.formValue(previous.at(field.path));
        const QVariant theirs = field.formValue(current.at(field.path));
        const QVariant mine = m_typed.value(field.path);
        if (mine == before || field.kind == FormField::ReadOnly)
            m_typed.insert(field.path, theirs);
        else if (theirs != before && theirs != mine)
            m_conflicts << field.path;
    }
    keepDraft();
}

void FormEditor::keepMine(const QString &path)
{
    m_conflicts.removeAll(path);
    keepDraft();
    Q_EMIT valuesChanged();
}

void FormEditor::takeTheirs(const QString &path)
{
    if (const FormField *known = field(path))
        m_typed.insert(path, known->formValue(m_base.at(path)));
    keepMine(path);
}

void FormEditor::discard()
{
    m_draftTimer.stop();
    showSnapshot(m_base);
    DraftStore::remove(m_form, m_record);
    m_error.clear();
    Q_EMIT stateChanged();
}

void FormEditor::setTypedFrom(const FormSnapshot &snapshot)
{
    if (!loaded())
        return;
    for (const FormField &field : m_fields) {
        if (field.kind != FormField::ReadOnly)
            m_typed.insert(field.path, field.formValue(snapshot.at(field.path)));
    }
    keepDraft();
    Q_EMIT valuesChanged();
}

void FormEditor::restoreDraft()
{
    const auto draft = DraftStore::load(m_form, m_record);
    m_draftOnOffer = {};
    if (!draft || !loaded()) {
        Q_EMIT stateChanged();
        return;
    }
    // The draft is laid on the row it was typed against, then moved onto today's row, so that what
    // changed on the server since shows as conflicts instead of being overwritten.
    const FormSnapshot current = m_base;
    m_base = FormSnapshot::fromJson(draft->content.value(QStringLiteral("base")).toObject());
    const QVariantMap typed = draft->content.value(QStringLiteral("values")).toObject().toVariantMap();
    for (const FormField &field : m_fields) {
        if (typed.contains(field.path))
            m_typed.insert(field.path, field.typed(typed.value(field.path)));
    }
    rebase(current);
    Q_EMIT stateChanged();
    Q_EMIT valuesChanged();
}

void FormEditor::dropDraft()
{
    DraftStore::remove(m_form, m_record);
    m_draftOnOffer = {};
    Q_EMIT stateChanged();
}

void FormEditor::keepDraft()
{
    m_draftTimer.start();
}

void FormEditor::writeDraft()
{
    m_draftTimer.stop();
    if (m_record.isEmpty())
        return;
    if (!dirty()) {
        DraftStore::remove(m_form, m_record);
        return;
    }
    QString error;
    const QJsonObject content{{QStringLiteral("base"), m_base.toJson()}, {QStringLiteral("values"), QJsonObject::fromVariantMap(m_typed)}};
    if (!DraftStore::save({m_form, m_record, QDateTime::currentDateTime(), content}, &error))
        setError(error);
}

void FormEditor::setError(const QString &error)
{
    m_error = error;
    Q_EMIT stateChanged();
}
