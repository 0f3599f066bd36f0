#include "childprofileeditor.h"
#include "jsontext.h"
#include "databaseworker.h"
#include "draftstore.h"
#include "profilechanges.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

constexpr int draftDelayMs = 400;

QSet<ChildProfileEditor *> &openEditors()
{
    static QSet<ChildProfileEditor *> editors;
    return editors;
}

QString normalisedClock(const QString &text)
{
    const int minutes = ProfileField::minutesOfDay(text);
    return minutes < 0 ? text : QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString displayed(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
}

} // namespace

ChildProfileEditor::ChildProfileEditor(const QList<ProfileField> &fields, const QString &form, QObject *parent)
    : QObject(parent)
    , m_fields(fields)
    , m_form(form)
{
    openEditors().insert(this);
    // A burst of typing writes the draft once, not on every key (the file is synced to disk).
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(draftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &ChildProfileEditor::writeDraft);
}

ChildProfileEditor::~ChildProfileEditor()
{
    if (m_draftTimer.isActive())
        writeDraft();
    openEditors().remove(this);
}

bool ChildProfileEditor::anyUnsaved()
{
    const auto &editors = openEditors();
    return std::any_of(editors.cbegin(), editors.cend(), [](const ChildProfileEditor *editor) { return editor->dirty(); });
}

void ChildProfileEditor::discardAllUnsaved()
{
    const auto editors = openEditors();
    for (ChildProfileEditor *editor : editors) {
        if (editor->dirty())
            editor->discard();
    }
}

const ProfileField *ChildProfileEditor::field(const QString &path) const
{
    for (const ProfileField &candidate : fields()) {
        if (candidate.path == path)
            return &candidate;
    }
    return nullptr;
}

QVariant ChildProfileEditor::formValue(const ProfileField &field, const QJsonValue &stored)
{
    switch (field.kind) {
    case ProfileField::List:
    case ProfileField::TimeList: {
        QStringList items;
        const QJsonArray array = stored.isArray() ? stored.toArray() : (stored.isString() ? QJsonArray{stored} : QJsonArray{});
        for (const QJsonValue &item : array)
            items << (item.isString() ? item.toString() : jsonText(item));
        return items;
    }
    case ProfileField::Number:
        return stored.isDouble() ? QString::number(qRound64(stored.toDouble())) : stored.toString();
    case ProfileField::ReadOnly:
        return stored.toVariant();
    case ProfileField::Text:
    case ProfileField::Choice:
    case ProfileField::Time:
        return stored.isDouble() ? QString::number(stored.toDouble()) : stored.toString();
    }
    return {};
}

QJsonValue ChildProfileEditor::storedValue(const ProfileField &field, const QVariant &typed)
{
    switch (field.kind) {
    case ProfileField::List:
    case ProfileField::TimeList: {
        QJsonArray items;
        for (const QString &item : typed.toStringList())
            items << (field.kind == ProfileField::TimeList ? normalisedClock(item.trimmed()) : item.trimmed());
        return items;
    }
    case ProfileField::Number: {
        const QString text = typed.toString().trimmed();
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text.toInt());
    }
    case ProfileField::Time: {
        const QString text = typed.toString().trimmed();
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(normalisedClock(text));
    }
    case ProfileField::Text:
    case ProfileField::Choice: {
        const QString text = typed.toString().trimmed();
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
    case ProfileField::ReadOnly:
        return QJsonValue::Undefined;
    }
    return QJsonValue::Undefined;
}

void ChildProfileEditor::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    // The draft of the child left behind stays on disk, offered when that child is chosen again.
    if (m_draftTimer.isActive())
        writeDraft();
    m_childId = childId;
    Q_EMIT childIdChanged();
    load();
}

void ChildProfileEditor::load()
{
    const quint64 request = ++m_request;
    m_loaded = false;
    m_error.clear();
    m_conflicts.clear();
    m_draftOnOffer = {};
    m_base = {};
    m_typed.clear();
    m_loading = !m_childId.isEmpty();
    Q_EMIT valuesChanged();
    Q_EMIT stateChanged();
    if (m_childId.isEmpty())
        return;
    auto job = [child = m_childId](SqlConnection &db) {
        QString error;
        const auto snapshot = ProfileSnapshot::read(db, child, ProfileSnapshot::Lock::None, &error);
        return std::make_pair(snapshot.value_or(ProfileSnapshot{}), snapshot ? QString() : error);
    };
    DatabaseWorker::instance()->run<std::pair<ProfileSnapshot, QString>>(this, job, [this, request](const auto &answer) {
        if (request != m_request)
            return;
        m_loading = false;
        if (!answer.second.isEmpty()) {
            setError(answer.second);
            return;
        }
        showSnapshot(answer.first);
        m_loaded = true;
        // A draft left by a killed Nido, a lost connection or another child's turn is offered; one
        // that the row already matches has nothing left to offer.
        if (const auto draft = DraftStore::load(form(), m_childId)) {
            if (draft->content.value(QStringLiteral("values")).toObject() != QJsonObject::fromVariantMap(m_typed))
                m_draftOnOffer = draft->savedAt;
            else
                DraftStore::remove(form(), m_childId);
        }
        Q_EMIT stateChanged();
    });
}

void ChildProfileEditor::showSnapshot(const ProfileSnapshot &snapshot)
{
    m_base = snapshot;
    m_typed.clear();
    for (const ProfileField &field : fields())
        m_typed.insert(field.path, formValue(field, snapshot.at(field.path)));
    m_conflicts.clear();
    Q_EMIT valuesChanged();
}

QStringList ChildProfileEditor::changedFields() const
{
    QStringList changed;
    for (const ProfileField &field : fields()) {
        if (field.kind != ProfileField::ReadOnly && m_typed.value(field.path) != formValue(field, m_base.at(field.path)))
            changed << field.path;
    }
    return changed;
}

QVariantMap ChildProfileEditor::errors() const
{
    QVariantMap problems;
    for (const ProfileField &field : fields()) {
        const QString problem = field.problemWith(m_typed.value(field.path));
        if (!problem.isEmpty())
            problems.insert(field.path, problem);
    }
    addCrossFieldProblems(problems);
    return problems;
}

bool ChildProfileEditor::canSave() const
{
    return m_loaded && !m_saving && dirty() && m_conflicts.isEmpty() && errors().isEmpty();
}

QVariantList ChildProfileEditor::conflicts() const
{
    QVariantList list;
    for (const QString &path : m_conflicts) {
        const ProfileField *known = field(path);
        list << QVariantMap{{QStringLiteral("path"), path},
                            {QStringLiteral("label"), known ? known->translatedLabel() : path},
                            {QStringLiteral("theirs"), known ? displayed(formValue(*known, m_base.at(path))) : QString()},
                            {QStringLiteral("mine"), displayed(m_typed.value(path))}};
    }
    return list;
}

void ChildProfileEditor::setValue(const QString &path, const QVariant &value)
{
    const ProfileField *known = field(path);
    if (!known || known->kind == ProfileField::ReadOnly || !m_loaded)
        return;
    const QVariant typed = known->kind == ProfileField::List || known->kind == ProfileField::TimeList ? QVariant(value.toStringList())
                                                                                                       : QVariant(value.toString());
    if (m_typed.value(path) == typed)
        return;
    m_typed.insert(path, typed);
    keepDraft();
    Q_EMIT valuesChanged();
}

bool ChildProfileEditor::addItem(const QString &path, const QString &text)
{
    const QString item = text.trimmed();
    QStringList items = m_typed.value(path).toStringList();
    if (item.isEmpty() || items.contains(item, Qt::CaseInsensitive))
        return false;
    items << item;
    setValue(path, items);
    return true;
}

void ChildProfileEditor::removeItem(const QString &path, int index)
{
    QStringList items = m_typed.value(path).toStringList();
    if (index < 0 || index >= items.size())
        return;
    items.removeAt(index);
    setValue(path, items);
}

QString ChildProfileEditor::label(const QString &path) const
{
    const ProfileField *known = field(path);
    return known ? known->translatedLabel() : path;
}

QStringList ChildProfileEditor::choices(const QString &path) const
{
    const ProfileField *known = field(path);
    if (!known)
        return {};
    QStringList offered = QStringList{QString()} + known->choices;
    const QString current = m_typed.value(path).toString();
    if (!current.isEmpty() && !offered.contains(current))
        offered << current;
    return offered;
}

QString ChildProfileEditor::choiceLabel(const QString &value)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("visual"), QT_TRANSLATE_NOOP("ChildProfileEditor", "Seeing (visual)")},
        {QStringLiteral("auditory"), QT_TRANSLATE_NOOP("ChildProfileEditor", "Listening (auditory)")},
        {QStringLiteral("kinesthetic"), QT_TRANSLATE_NOOP("ChildProfileEditor", "Doing (kinesthetic)")},
        {QStringLiteral("reading"), QT_TRANSLATE_NOOP("ChildProfileEditor", "Reading and writing")},
        {QStringLiteral("beginner"), QT_TRANSLATE_NOOP("ChildProfileEditor", "Beginner")},
        {QStringLiteral("intermediate"), QT_TRANSLATE_NOOP("ChildProfileEditor", "Intermediate")},
        {QStringLiteral("simple"), QT_TRANSLATE_NOOP("ChildProfileEditor", "Simple")},
        {QStringLiteral("compound"), QT_TRANSLATE_NOOP("ChildProfileEditor", "Compound")},
        {QStringLiteral("complex"), QT_TRANSLATE_NOOP("ChildProfileEditor", "Complex")},
        {QStringLiteral("emerging"), QT_TRANSLATE_NOOP("ChildProfileEditor", "Emerging")},
        {QStringLiteral("developing"), QT_TRANSLATE_NOOP("ChildProfileEditor", "Developing")},
        {QStringLiteral("good"), QT_TRANSLATE_NOOP("ChildProfileEditor", "Good")},
        {QStringLiteral("proficient"), QT_TRANSLATE_NOOP("ChildProfileEditor", "Proficient")},
        {QStringLiteral("advanced"), QT_TRANSLATE_NOOP("ChildProfileEditor", "Advanced")},
    };
    if (value.isEmpty())
        return QCoreApplication::translate("ChildProfileEditor", "Not set");
    // A value the backend wrote that Nido does not know is shown as it is.
    const char *label = labels.value(value);
    return label ? QCoreApplication::translate("ChildProfileEditor", label) : value;
}

QList<ProfileWriter::Edit> ChildProfileEditor::edits() const
{
    QList<ProfileWriter::Edit> list;
    for (const QString &path : changedFields()) {
        QJsonValue value = storedValue(*field(path), m_typed.value(path));
        // An entry the backend stored as something else than text ({"name": "Rex"}, 3) is shown as
        // its JSON; while the parent leaves it, it goes back as it was.
        if (value.isArray()) {
            const QJsonValue before = m_base.at(path);
            QHash<QString, QJsonValue> originals;
            for (const QJsonValue &item : before.toArray()) {
                if (!item.isString())
                    originals.insert(formValue(*field(path), QJsonArray{item}).toStringList().value(0), item);
            }
            QJsonArray items = value.toArray();
            for (auto it = items.begin(); it != items.end(); ++it) {
                const QString text = (*it).toString();
                if (originals.contains(text))
                    *it = originals.value(text);
            }
            value = items;
        }
        list.append({path, value});
    }
    return list;
}

void ChildProfileEditor::save()
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
    const quint64 request = m_request;
    auto job = [child = m_childId, base = m_base, edits = edits()](SqlConnection &db) { return ProfileWriter::save(db, child, base, edits); };
    // A COMMIT that may have reached the server is never sent twice: the parent saves again.
    DatabaseWorker::instance()->run<ProfileWriter::Outcome>(this, DatabaseWorker::Retry::Never, job,
                                                            [this, request, sent = m_typed](const ProfileWriter::Outcome &outcome) {
        if (request != m_request)
            return;
        m_saving = false;
        switch (outcome.result) {
        case ProfileWriter::Outcome::Saved: {
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
            Q_EMIT ProfileChanges::instance()->saved(m_childId);
            break;
        }
        case ProfileWriter::Outcome::Conflict:
            rebase(outcome.current);
            m_error = tr("Someone else changed this profile since you opened it. For each field below, choose which version to keep; "
                         "then save again.");
            break;
        case ProfileWriter::Outcome::Failed:
            m_error = tr("Not saved: %1 Your changes are kept; save again when this is fixed.").arg(outcome.error);
            break;
        }
        Q_EMIT stateChanged();
        Q_EMIT valuesChanged();
    });
}

void ChildProfileEditor::rebase(const ProfileSnapshot &current)
{
    const ProfileSnapshot previous = m_base;
    m_base = current;
    m_conflicts.clear();
    for (const ProfileField &field : fields()) {
        const QVariant before = formValue(field, previous.at(field.path));
        const QVariant theirs = formValue(field, current.at(field.path));
        const QVariant mine = m_typed.value(field.path);
        if (mine == before || field.kind == ProfileField::ReadOnly)
            m_typed.insert(field.path, theirs);
        else if (theirs != before && theirs != mine)
            m_conflicts << field.path;
    }
    keepDraft();
}

void ChildProfileEditor::keepMine(const QString &path)
{
    m_conflicts.removeAll(path);
    keepDraft();
    Q_EMIT valuesChanged();
}

void ChildProfileEditor::takeTheirs(const QString &path)
{
    if (const ProfileField *known = field(path))
        m_typed.insert(path, formValue(*known, m_base.at(path)));
    keepMine(path);
}

void ChildProfileEditor::discard()
{
    m_draftTimer.stop();
    showSnapshot(m_base);
    DraftStore::remove(form(), m_childId);
    m_error.clear();
    Q_EMIT stateChanged();
}

void ChildProfileEditor::restoreDraft()
{
    const auto draft = DraftStore::load(form(), m_childId);
    m_draftOnOffer = {};
    if (!draft || !m_loaded) {
        Q_EMIT stateChanged();
        return;
    }
    // The draft is laid on the row it was typed against, then moved onto today's row, so that what
    // changed on the server since shows as conflicts instead of being overwritten.
    const ProfileSnapshot current = m_base;
    m_base = ProfileSnapshot::fromJson(draft->content.value(QStringLiteral("base")).toObject());
    const QVariantMap typed = draft->content.value(QStringLiteral("values")).toObject().toVariantMap();
    for (const ProfileField &field : fields()) {
        if (typed.contains(field.path))
            m_typed.insert(field.path, field.kind == ProfileField::List || field.kind == ProfileField::TimeList
                                           ? QVariant(typed.value(field.path).toStringList())
                                           : QVariant(typed.value(field.path).toString()));
    }
    rebase(current);
    Q_EMIT stateChanged();
    Q_EMIT valuesChanged();
}

void ChildProfileEditor::dropDraft()
{
    DraftStore::remove(form(), m_childId);
    m_draftOnOffer = {};
    Q_EMIT stateChanged();
}

void ChildProfileEditor::keepDraft()
{
    m_draftTimer.start();
}

void ChildProfileEditor::writeDraft()
{
    m_draftTimer.stop();
    if (m_childId.isEmpty())
        return;
    if (!dirty()) {
        DraftStore::remove(form(), m_childId);
        return;
    }
    QString error;
    const QJsonObject content{{QStringLiteral("base"), m_base.toJson()}, {QStringLiteral("values"), QJsonObject::fromVariantMap(m_typed)}};
    if (!DraftStore::save({form(), m_childId, QDateTime::currentDateTime(), content}, &error))
        setError(error);
}

void ChildProfileEditor::setError(const QString &error)
{
    m_error = error;
    Q_EMIT stateChanged();
}
