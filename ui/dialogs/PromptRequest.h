#pragma once

#include <QString>

// A question before a destructive or final move, and its answer: asked by
// Prompt, shown by MoveConfirmDialog.
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
