#include "dispatcher/CommandSplit.h"

namespace CommandSplit {

QStringList split(const QString &command, QString *error)
{
    QStringList words;
    QString word;
    bool inWord = false;
    enum { Plain, Single, Double } state = Plain;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        switch (state) {
        case Single:
            if (c == QLatin1Char('\''))
                state = Plain;
            else
                word += c;
            break;
        case Double:
            if (c == QLatin1Char('"')) {
                state = Plain;
            } else if (c == QLatin1Char('\\') && i + 1 < command.size() &&
                       QStringLiteral("\"\\$`\n").contains(command.at(i + 1))) {
                if (command.at(++i) != QLatin1Char('\n'))
                    word += command.at(i);
            } else {
                word += c;
            }
            break;
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
                if (i + 1 >= command.size()) {
                    if (error)
                        *error = QStringLiteral("trailing backslash");
                    return {};
                }
                if (command.at(++i) != QLatin1Char('\n'))
                    word += command.at(i);
                inWord = true;
            } else {
                word += c;
                inWord = true;
            }
            break;
        }
    }
    if (state != Plain) {
        if (error)
            *error = state == Single ? QStringLiteral("unterminated single quote")
                                     : QStringLiteral("unterminated double quote");
        return {};
    }
    if (inWord)
        words << word;
    return words;
}

} // namespace CommandSplit
