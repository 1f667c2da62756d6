#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

// New board: the name is checked as it is typed (why "My Board" is not a
// board name, with "my-board" offered instead), Create stays disabled
// while it is not valid, and a board that cannot be created keeps the
// dialog open with the reason.
class NewBoardDialog : public QDialog
{
    Q_OBJECT
public:
    // Creates the board slug; returns why it could not ("" on success).
    using Creator = std::function<QString(const QString &slug)>;

    NewBoardDialog(const QString &root, Creator create, QWidget *parent = nullptr);

    QString slug() const;
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *createButton() const { return m_create; }
    QString hintText() const;
    QString errorText() const;

    // A valid board name close to text ("My Board" -> "my-board"), or "".
    static QString suggestion(const QString &text);

public slots:
    void accept() override;

private:
    void validate();

    QString m_root;
    Creator m_createBoard;
    QLineEdit *m_name;
    QLabel *m_hint;
    QPushButton *m_suggest;
    QLabel *m_error;
    QPushButton *m_create;
    QString m_suggestion;
};
