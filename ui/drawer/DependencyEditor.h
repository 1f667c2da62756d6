#pragma once

#include "model/BoardQueries.h"

#include <QWidget>

class FlowLayout;
class QCompleter;
class QLineEdit;
class QStringListModel;
class QToolButton;

// The drawer's parents and children: chips that open the task, × that
// unlinks, and an add field with completion over the board's tasks.
class DependencyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DependencyEditor(QWidget *parent = nullptr);

    void setTask(const QString &id, const QList<BoardQueries::TaskRef> &parents,
                 const QList<BoardQueries::TaskRef> &children);
    // "t_… — title" entries offered by the add fields.
    void setCandidates(const QStringList &entries);
    QLineEdit *addParentEdit() const { return m_parentEdit; }
    QLineEdit *addChildEdit() const { return m_childEdit; }
    // The ids of the chips shown, parents or children.
    QStringList chipIds(bool parents) const;
    void retranslate();

signals:
    void openRequested(const QString &id);
    void linkRequested(const QString &parentId, const QString &childId);
    void unlinkRequested(const QString &parentId, const QString &childId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill(FlowLayout *layout, const QList<BoardQueries::TaskRef> &refs, bool parents);
    void submit(QLineEdit *edit, bool parent);
    static QString signature(const QList<BoardQueries::TaskRef> &refs);

    QString m_id;
    QString m_parentSig;
    QString m_childSig;
    FlowLayout *m_parentChips;
    FlowLayout *m_childChips;
    QToolButton *m_addParent;
    QToolButton *m_addChild;
    QLineEdit *m_parentEdit;
    QLineEdit *m_childEdit;
    class QLabel *m_parentLabel;
    class QLabel *m_childLabel;
    QStringListModel *m_candidates;
};
