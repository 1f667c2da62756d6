// qkanban-gen OUTDIR: writes the man page, the three completion scripts
// and the markdown CLI reference from the one verb table, at build time.
#include "app/Completion.h"
#include "app/VerbGroups.h"
#include "app/VerbTable.h"
#include "packaging/gen/ManPage.h"
#include "packaging/gen/MarkdownRef.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cstdio>

namespace {

bool writeFile(const QDir &dir, const QString &name, const QString &content)
{
    QSaveFile f(dir.filePath(name));
    if (f.open(QIODevice::WriteOnly) && f.write(content.toUtf8()) >= 0 && f.commit())
        return true;
    std::fprintf(stderr, "qkanban-gen: cannot write %s: %s\n", qPrintable(dir.filePath(name)),
                 qPrintable(f.errorString()));
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fputs("usage: qkanban-gen OUTDIR\n", stderr);
        return 2;
    }
    const QDir dir(args.at(1));
    if (!QDir().mkpath(dir.path())) {
        std::fprintf(stderr, "qkanban-gen: cannot create %s\n", qPrintable(dir.path()));
        return 1;
    }
    VerbTable table;
    registerAllVerbs(table);
    const bool ok = writeFile(dir, QStringLiteral("qkanban.1"), ManPage::render(table)) &&
                    writeFile(dir, QStringLiteral("cli.md"), MarkdownRef::render(table)) &&
                    writeFile(dir, QStringLiteral("qkanban.bash"),
                              Completion::script(table, QStringLiteral("bash"))) &&
                    writeFile(dir, QStringLiteral("_qkanban"),
                              Completion::script(table, QStringLiteral("zsh"))) &&
                    writeFile(dir, QStringLiteral("qkanban.fish"),
                              Completion::script(table, QStringLiteral("fish")));
    return ok ? 0 : 1;
}
