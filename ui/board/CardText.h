#pragma once

#include <QCoreApplication>
#include <QModelIndex>
#include <QString>

// What a screen reader hears for a card (Qt::AccessibleTextRole and
// Qt::AccessibleDescriptionRole of the column proxies), and the legend of
// the card's colours and rings.
class CardText
{
    Q_DECLARE_TR_FUNCTIONS(CardText)
public:
    // "Title, Ready, assigned to coder, priority 2, waiting on 1 unfinished parent"
    static QString accessibleName(const QModelIndex &card);
    // The id, the staleness and the time in the column.
    static QString accessibleDescription(const QModelIndex &card);
    // Rich text: what the borders, rings, badges and chips of a card mean.
    static QString legend();
};
