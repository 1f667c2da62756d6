#include "ShellSplit.h"

QStringList shellSplit(const QString &line, QString *error)
{
    QStringList words;
    QString word;
    bool inWord = false;
    enum { Plain, Single, Double } state = Plain;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        switch (state) {
        case Plain:
            if (c.isSpace()) {
                if (inWord)
                    words << word;
                word.clear();
                inWord = false;
            } else if (c == QLatin1Char('\'')) {
                state = Single;
                inWord = true;
            } else if (c == QLatin1Char('"')) {
                state = Double;
                inWord = true;
            } else if (c == QLatin1Char('\\')) {
                inWord = true;
                if (i + 1 < line.size())
                    word += line[++i];
            } else {
                word += c;
                inWord = true;
            }
            break;
        case Single:
            if (c == QLatin1Char('\''))
                state = Plain;
            else
                word += c;
            break;
        case Double:
            if (c == QLatin1Char('"')) {
                state = Plain;
            } else if (c == QLatin1Char('\\') && i + 1 < line.size()
                       && QStringLiteral("\"\\$`\n").contains(line[i + 1])) {
                word += line[++i];
            } else {
                word += c;
            }
            break;
        }
    }
    if (state != Plain) {
        if (error)
            *error = QStringLiteral("No closing quotation");
        return {};
    }
    if (inWord)
        words << word;
    return words;
}
