#include "ui/dialogs/Prompt.h"

#include "ui/dialogs/MoveConfirmDialog.h"

#include <QList>

namespace {
QList<PromptAnswer> g_answers;
PromptRequest g_last;
} // namespace

PromptAnswer Prompt::ask(QWidget *parent, const PromptRequest &request)
{
    g_last = request;
    if (!g_answers.isEmpty())
        return g_answers.takeFirst();
    MoveConfirmDialog dialog(request, parent);
    PromptAnswer answer;
    answer.accepted = dialog.exec() == QDialog::Accepted;
    answer.text = dialog.text();
    return answer;
}

void Prompt::queueAnswer(const PromptAnswer &answer)
{
    g_answers << answer;
}

int Prompt::pendingAnswers()
{
    return int(g_answers.size());
}

PromptRequest Prompt::lastRequest()
{
    return g_last;
}

void Prompt::clear()
{
    g_answers.clear();
    g_last = {};
}
