#pragma once

// Quit means quit: Ctrl+Q, File → Quit and the tray's Quit end the program
// and its tray, every time. Qt 6 first asks every window to close, and a
// window that hides to the tray instead would cancel the quit; so windows
// ask isQuitting() and close for real while the program quits.
namespace QuitGuard {

// Marks the program as quitting, lets the windows close (they save their
// settings), then leaves the event loop whatever a window answered.
void quit();
bool isQuitting();
// Tests: a fresh start.
void reset();
// True the first time a window hides to the tray (ever, per user: the
// config remembers it): the time to say that the program keeps running.
bool firstHideToTray();

} // namespace QuitGuard
