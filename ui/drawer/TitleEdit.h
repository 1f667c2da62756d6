#pragma once

#include <QTextEdit>

// The drawer's heading: the task title, wrapped over as many lines as it
// needs (a long title is never clipped) and editable in place. Enter or
// leaving the field ends the edit; the title stays one line of text.
class TitleEdit : public QTextEdit
{
    Q_OBJECT
public:
    explicit TitleEdit(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void editingFinished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    int fittingHeight() const;
    void fitHeight();
};
