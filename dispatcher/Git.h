#pragma once

#include <QString>
#include <QStringList>

// Runs git synchronously (worktree set-up and clean-up).
namespace Git {
struct Result
{
    int exitCode = -1; // -1: git did not run
    QString out;       // stdout, trimmed
    QString err;       // stderr, trimmed
    bool ok() const { return exitCode == 0; }
};
Result run(const QString &dir, const QStringList &args, int timeoutMs = 60000);

// The top of the working tree that holds dir, "" when none.
QString topLevel(const QString &dir);
// The main checkout of the repository that holds dir (for a linked
// worktree, the checkout it was added from), "" when none.
QString mainCheckout(const QString &dir);
bool isLinkedWorktree(const QString &dir);
QString currentBranch(const QString &dir);
bool branchExists(const QString &repo, const QString &branch);
bool isClean(const QString &dir);
// Files .gitignore (or info/exclude) hides: `status` does not count them.
bool hasIgnoredFiles(const QString &dir);
} // namespace Git
