#pragma once

#include <QList>
#include <QString>

class QWidget;

struct PromptRequest
{
    QString title;
    QString text;
    QString acceptText;
    QString fieldLabel; // empty: no text field
    QString fieldPlaceholder;
    bool fieldRequired = false;
    bool destructive = false;
};

struct PromptAnswer
{
    bool accepted = false;
    QString text;
};

// Questions asked before destructive or final moves. Tests queue answers
// (a seam, as KeePassXC's MessageBox::setNextAnswer), so no modal dialog
// ever blocks them.
class Prompt
{
public:
    static PromptAnswer ask(QWidget *parent, const PromptRequest &request);

    static void queueAnswer(const PromptAnswer &answer);
    static int pendingAnswers();
    static PromptRequest lastRequest();
    static void clear();
};
