#pragma once

#include "dataloader.h"

#include <optional>

#include <QDateTime>
#include <QList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// How long each category of a child's memories is kept (migration 16): every category the schema
// knows, the backend uses or a policy names, with its policy and how many memories it holds. A
// change is previewed (how many memories get another expiry, how many are then expired) before it
// is applied, by the server, in one transaction, audited. Changing it needs "manage".
class RetentionPolicy : public DataLoader
{
    Q_OBJECT
    QML_ELEMENT
    // Each {category, days (-1: forever), memories, changedBy, changedAt}.
    Q_PROPERTY(QVariantList categories READ categories NOTIFY categoriesChanged)
    // The last preview asked for: {category, days, changed, expired, nextExpiry}; empty while none.
    Q_PROPERTY(QVariantMap preview READ preview NOTIFY previewChanged)
    // What the preview is of: a row shows it only while it asks about the same choice.
    Q_PROPERTY(QString previewCategory READ previewCategory NOTIFY previewChanged)
    Q_PROPERTY(int previewDays READ previewDays NOTIFY previewChanged)
    Q_PROPERTY(bool applying READ applying NOTIFY applyingChanged)
    Q_PROPERTY(QString actionError READ actionError NOTIFY applyingChanged)

public:
    static constexpr int keptForever = -1;

    // How long one category of the child's memories is kept: days, or keptForever; how many memories
    // it holds; who set it and when (empty: nobody has).
    struct Category {
        QString category;
        int days = keptForever;
        int memories = 0;
        QString changedBy;
        QDateTime changedAt;
    };
    // Every category the schema knows, the child's memories use or a policy names, with the child's
    // policy: a category the backend adds is listed the day it appears. The window, the period's
    // report and the printed policy read it here.
    static std::optional<QList<Category>> readCategories(SqlConnection &db, const QString &childId, QString *error);
    static constexpr int mostDays = 36500;

    explicit RetentionPolicy(QObject *parent = nullptr);

    [[nodiscard]] QVariantList categories() const { return m_categories; }
    [[nodiscard]] QVariantMap preview() const { return m_preview; }
    [[nodiscard]] QString previewCategory() const { return m_preview.value(QStringLiteral("category")).toString(); }
    [[nodiscard]] int previewDays() const { return m_preview.value(QStringLiteral("days"), keptForever - 1).toInt(); }
    [[nodiscard]] bool applying() const { return m_applying; }
    [[nodiscard]] QString actionError() const { return m_actionError; }

    Q_INVOKABLE void askPreview(const QString &category, int days);
    Q_INVOKABLE void apply(const QString &category, int days);
    Q_INVOKABLE void clearPreview();

Q_SIGNALS:
    void categoriesChanged();
    void previewChanged();
    void applyingChanged();
    void applied(int changed);

protected:
    void clear() override;
    void load() override;

private:
    [[nodiscard]] static bool validDays(int days) { return days == keptForever || (days >= 0 && days <= mostDays); }
    void setActionError(const QString &error);

    QVariantList m_categories;
    QVariantMap m_preview;
    quint64 m_previewRequest = 0;
    bool m_applying = false;
    QString m_actionError;
};
