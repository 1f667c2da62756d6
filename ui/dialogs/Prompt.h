#pragma once

#include "ui/dialogs/PromptRequest.h"

class QWidget;

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
