#pragma once

#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;

// The WIP limits page of the Settings window: one spin box per column
// (0: no limit), for every board ([wip_limits]) or, checked, for the
// board shown alone ([wip_limits.<slug>]). load() reads the config;
// save() writes it, keeping the user's comments.
class WipLimitsPage : public QWidget
{
    Q_OBJECT
public:
    explicit WipLimitsPage(QWidget *parent = nullptr);

    // The board shown (enables "Limits of its own for this board").
    void setBoard(const QString &slug);
    // Default: BoardPaths::configPath().
    void setConfigPath(const QString &path) { m_configPath = path; }

    void load();
    // false and *error when the config could not be written.
    bool save(QString *error = nullptr);

    QSpinBox *spinBox(const QString &status) const { return m_spins.value(status); }
    QCheckBox *ownLimits() const { return m_own; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showValues(const QMap<QString, int> &limits);

    QString m_slug;
    QString m_configPath;
    QLabel *m_intro;
    QCheckBox *m_own;
    QMap<QString, QSpinBox *> m_spins;
    QMap<QString, QLabel *> m_labels;
};
