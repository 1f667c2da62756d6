#pragma once

#include "model/KanbanError.h"
#include "ui/style/MessageText.h"

#include <QString>

#include <exception>
#include <utility>

// Runs a kernel call from a Qt slot. No exception escapes a slot: a
// KanbanError (or any other std::exception) becomes a message given to
// show (translated from its code: ui/style/MessageText), which puts it
// where that part of the board shows its errors (the
// status bar's notice, the drawer's message line, a dialog's error label).
// True when fn ran to its end.
template <typename Fn, typename Show> bool guarded(Fn &&fn, Show &&show)
{
    try {
        std::forward<Fn>(fn)();
        return true;
    } catch (const KanbanError &e) {
        show(MessageText::error(e));
    } catch (const std::exception &e) {
        show(QString::fromUtf8(e.what()));
    }
    return false;
}
