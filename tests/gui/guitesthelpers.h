#pragma once

#include "i18n/translations.h"
#include "mainwindow.h"
#include "probe/probereportdialog.h"
#include "probe/proberunner.h"
#include "support/prompter.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

// Answers the window's questions without a modal box, and records what it was told.
class FakePrompter final : public Prompter
{
public:
    struct State
    {
        QStringList errorTitles;
        QStringList errors;
        QStringList confirmations;
        QStringList saveQuestions;
        bool confirmAnswer = true;
        SaveAnswer saveAnswer = SaveAnswer::Cancel;
        QString openPath;
        QString savePath;
        QString saveFilter; // the filter of the last save dialog
        QString savePathSuggested; // the path it suggested
        QString printPath; // Print… prints to this PDF file; empty: the user cancels
    };

    explicit FakePrompter(std::shared_ptr<State> state)
        : m_state(std::move(state))
    { }

    void showError(QWidget *, const QString &title, const QString &text) override
    {
        m_state->errorTitles.append(title);
        m_state->errors.append(text);
    }
    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        m_state->confirmations.append(text);
        return m_state->confirmAnswer;
    }
    SaveAnswer askToSave(QWidget *, const QString &text) override
    {
        m_state->saveQuestions.append(text);
        return m_state->saveAnswer;
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return m_state->openPath;
    }
    QString saveFileName(QWidget *, const QString &, const QString &path,
                         const QString &filter) override
    {
        m_state->savePathSuggested = path;
        m_state->saveFilter = filter;
        return m_state->savePath;
    }
    bool choosePrinter(QWidget *, const QString &, QPrinter *printer) override
    {
        if (m_state->printPath.isEmpty())
            return false;
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(m_state->printPath);
        return true;
    }

private:
    std::shared_ptr<State> m_state;
};

// initTestCase() of every GUI test: settings in a test folder of the test's own, never the
// user's (QStandardPaths' test mode, the test's name as the application's), and the
// English texts. Returns whether the English catalogue loaded.
inline bool startGuiTest(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"xmpp-partners-tests"_qs);
    QCoreApplication::setApplicationName(testName);
    return Translations::load(u"en"_qs);
}

// init(): no setting left over from the previous test (language, last file, window
// layout, connection test settings).
inline void clearSettings()
{
    QSettings().clear();
}

// A writable copy of the sample partner file at `path`, replacing one a previous test
// left there.
inline bool copySamplePartnerFile(const QString &path)
{
    QFile::remove(path);
    return QFile::copy(QStringLiteral(XP_SOURCE_DIR "/resources/sample-partners.json"), path)
        && QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

// A new main window whose questions `prompts` answers, shown on screen unless `show` is
// false; null when it could not be shown.
inline std::unique_ptr<MainWindow>
newMainWindow(const std::shared_ptr<FakePrompter::State> &prompts, bool show = true)
{
    auto window = std::make_unique<MainWindow>();
    window->setPrompter(std::make_unique<FakePrompter>(prompts));
    if (!show)
        return window;
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

// cleanup(): closes the window without the unsaved changes question, its connection
// tests cancelled, and goes back to English.
inline void closeMainWindow(std::unique_ptr<MainWindow> &window,
                            const std::shared_ptr<FakePrompter::State> &prompts)
{
    if (prompts)
        prompts->saveAnswer = FakePrompter::SaveAnswer::Discard;
    if (window && window->probeRunner())
        window->probeRunner()->cancel();
    window.reset();
    Translations::load(u"en"_qs);
}

// The row of `table` whose first column shows `domain`; -1 when none does.
inline int rowShowing(const QTableView *table, const QString &domain)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() == domain)
            return row;
    }
    return -1;
}

// Selects that row with the focus in the table, as a user picks a partner.
inline void selectRowShowing(QTableView *table, const QString &domain)
{
    table->setFocus();
    table->selectRow(rowShowing(table, domain));
}

// Partner → Test connection on the selected partner of `window`: its report window once the
// test has ended, or null when it did not open or did not end within 15 s.
inline ProbeReportDialog *testSelectedPartner(MainWindow *window)
{
    window->findChild<QAction *>(QStringLiteral("actionProbe"))->trigger();
    auto *report = window->findChild<ProbeReportDialog *>(QStringLiteral("probeReportDialog"));
    if (!report || !report->isVisible())
        return nullptr;
    const bool finished
        = QTest::qWaitFor([window] { return !window->probeRunner()->isRunning(); }, 15000);
    return finished ? report : nullptr;
}

// Chooses `text` in a combo box with the keyboard, as a user would without the mouse.
inline bool chooseComboItem(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentText() == text;
}

// Clicks a check box on its box, where a user clicks (its row may be wider than its text).
inline void clickCheckBox(QAbstractButton *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

// Runs `action` on the first modal dialog of type T once it is shown (for code that
// calls exec()). Gives up after about five seconds so that a test never hangs.
template<typename T>
void whenModal(std::function<void(T *)> action)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, action] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            action(dialog);
            // A dialog the action left open would block the test for good.
            if (dialog->isVisible())
                dialog->reject();
        } else if (++*tries > 500) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(10);
}

// Lets a language change reach the widgets: QApplication posts LanguageChange to each
// window.
inline void processLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}
