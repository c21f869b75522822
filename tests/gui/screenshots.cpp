// Saves PNGs of the windows for a person to look at (scripts/screenshots runs it under
// Xvfb): the main window with a partner file, and the partner editor on a new partner,
// on a refused (error) row, on a warning row and with its advanced settings, a test
// report, and the results of Test all with the report it saves as HTML and PDF.
//   xmpp-partners-screenshots PARTNER_FILE OUTPUT_FOLDER [LANGUAGE]
#include "editor/partnerdialog.h"
#include "i18n/translations.h"
#include "import/importplan.h"
#include "import/importpreviewdialog.h"
#include "import/importreader.h"
#include "mainwindow.h"
#include "models/partnertablemodel.h"
#include "probe/deploymentcheckdialog.h"
#include "probe/probereportdialog.h"
#include "probe/proberunexporter.h"
#include "probe/proberunner.h"
#include "probe/proberunwindow.h"
#include "probe/probesettingsdialog.h"
#include "probe/probesettingsstore.h"
#include "report/proberunreport.h"
#include "scriptedpeer.h"
#include "support/prompter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <cstdio>

namespace {

class QuietPrompter final : public Prompter
{
public:
    void showError(QWidget *, const QString &, const QString &text) override
    {
        std::fprintf(stderr, "%s\n", qPrintable(text));
    }
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return false;
    }
    SaveAnswer askToSave(QWidget *, const QString &) override { return SaveAnswer::Discard; }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return {};
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return {};
    }
};

bool save(QWidget *widget, const QDir &folder, const QString &name)
{
    QTest::qWait(150); // let layouts, icons and fonts settle
    const QString path = folder.filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

bool showAndWait(QWidget *widget)
{
    widget->show();
    if (QTest::qWaitForWindowExposed(widget))
        return true;
    std::fprintf(stderr, "the window %s was not shown\n", qPrintable(widget->objectName()));
    return false;
}

void choose(QWidget *dialog, const char *combo, int data)
{
    auto *box = dialog->findChild<QComboBox *>(QString::fromLatin1(combo));
    box->setCurrentIndex(box->findData(data));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: %s PARTNER_FILE OUTPUT_FOLDER [LANGUAGE]\n", argv[0]);
        return 2;
    }
    const QString language = args.value(3, QStringLiteral("en"));
    if (!Translations::load(language)) {
        std::fprintf(stderr, "no translation for %s\n", qPrintable(language));
        return 2;
    }
    QApplication::setApplicationDisplayName(
        QApplication::translate("main", "XMPP Federated Partners"));
    QDir folder(args.at(2));
    folder.mkpath(QStringLiteral("."));
    const QString suffix = u'-' + language;
    bool ok = true;

    // With the demo servers (scripts/demo-server), the window tests against them: Test all
    // on the sample file then shows every case of the demo's story.
    const bool demo = !qgetenv("DEMO_CA_FILE").isEmpty();
    if (demo) {
        ProbeSettings settings;
        settings.localDomain = QString::fromLocal8Bit(qgetenv("DEMO_LOCAL_DOMAIN"));
        settings.extraCaFile = QString::fromLocal8Bit(qgetenv("DEMO_CA_FILE"));
        settings.clientCertificateFile = QString::fromLocal8Bit(qgetenv("DEMO_CLIENT_CERT"));
        settings.clientKeyFile = QString::fromLocal8Bit(qgetenv("DEMO_CLIENT_KEY"));
        ProbeSettingsStore::save(settings);
    }

    MainWindow window;
    window.setPrompter(std::make_unique<QuietPrompter>());
    window.resize(1280, 560);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openFile(args.at(1)))
        return 1;
    ok = save(&window, folder, QStringLiteral("main-window") + suffix) && ok;

    const auto checker = [&window](const Partner &partner) {
        return window.model()->partners().check(partner, -1);
    };
    {
        PartnerDialog dialog(PartnerDialog::Mode::New, checker, &window);
        if (!showAndWait(&dialog))
            return 1;
        ok = save(&dialog, folder, QStringLiteral("editor-new") + suffix) && ok;

        dialog.findChild<QLineEdit *>(QStringLiteral("primaryDomainEdit"))
            ->setText(QStringLiteral("northwind.example.com"));
        choose(&dialog, "tlsNegotiationCombo", int(Negotiation::NotSupported));
        choose(&dialog, "saslNegotiationCombo", int(Negotiation::Required));
        dialog.findChild<QPushButton *>(QStringLiteral("commitButton"))->click();
        ok = save(&dialog, folder, QStringLiteral("editor-error") + suffix) && ok;
    }
    {
        PartnerDialog dialog(PartnerDialog::Mode::New, checker, &window);
        if (!showAndWait(&dialog))
            return 1;
        dialog.findChild<QLineEdit *>(QStringLiteral("primaryDomainEdit"))
            ->setText(QStringLiteral("litware.example.org"));
        dialog.findChild<QLineEdit *>(QStringLiteral("additionalDomainEdit"))
            ->setText(QStringLiteral("chat.litware.example.org"));
        dialog.findChild<QPushButton *>(QStringLiteral("addDomainButton"))->click();
        choose(&dialog, "tlsNegotiationCombo", int(Negotiation::Optional));
        ok = save(&dialog, folder, QStringLiteral("editor-warning") + suffix) && ok;
    }
    {
        PartnerDialog dialog(PartnerDialog::Mode::Edit, checker, &window);
        const int row = window.model()->partners().indexOfDomain(QStringLiteral("contoso.com"));
        if (row >= 0)
            dialog.setPartner(window.model()->partnerAt(row));
        if (!showAndWait(&dialog))
            return 1;
        ok = save(&dialog, folder, QStringLiteral("editor-advanced") + suffix) && ok;
    }
    {
        ProbeSettingsDialog dialog(&window);
        ProbeSettings settings;
        settings.localDomain = QStringLiteral("lync.contoso.com");
        settings.extraCaFile = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
        settings.nameserver = NameserverAddress(QHostAddress(QStringLiteral("192.0.2.53")), 5353);
        settings.trustAnchorFile = QStringLiteral("/etc/xmpp-partners/internal-zones.ds");
        dialog.setSettings(settings);
        if (!showAndWait(&dialog))
            return 1;
        ok = save(&dialog, folder, QStringLiteral("settings") + suffix) && ok;
    }
    {
        // A report against a loopback impostor that offers dialback only.
        ScriptedPeer peer([](QTcpSocket *socket, const QByteArray &received) {
            if (received.contains("<stream:stream"))
                socket->write("<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                              "xmlns:stream='http://etherx.jabber.org/streams' "
                              "xmlns:db='jabber:server:dialback' from='tailspintoys.com' id='demo' "
                              "version='1.0'><stream:features><dialback "
                              "xmlns='urn:xmpp:features:dialback'/></stream:features>");
        });
        Partner partner;
        partner.domain = QStringLiteral("tailspintoys.com");
        partner.tlsNegotiation = Negotiation::NotSupported;
        partner.saslNegotiation = Negotiation::NotSupported;
        partner.proxyFqdn = peer.address();
        ProbeSettings settings;
        settings.localDomain = QStringLiteral("lync.contoso.com");
        ProbeRunner runner(settings);
        QuietPrompter prompter;
        ProbeReportDialog dialog(&runner, &prompter, &window);
        runner.start({{partner, partner.domain}});
        if (!showAndWait(&dialog))
            return 1;
        if (!QTest::qWaitFor([&runner] { return !runner.isRunning(); }, 10000))
            std::fprintf(stderr, "the test in the report did not finish in time\n");
        ok = save(&dialog, folder, QStringLiteral("report") + suffix) && ok;
    }
    if (const QByteArray caFile = qgetenv("DEMO_CA_FILE"); !caFile.isEmpty()) {
        // A real test of the demo's fabrikam.com (scripts/demo-server, started by
        // scripts/screenshots): SASL EXTERNAL with the demo's client certificate, then the
        // round trip, shown on its tab.
        Partner partner;
        partner.domain = QStringLiteral("fabrikam.com");
        partner.proxyFqdn = QStringLiteral("localhost:15269");
        ProbeSettings settings;
        settings.localDomain = QString::fromLocal8Bit(qgetenv("DEMO_LOCAL_DOMAIN"));
        settings.extraCaFile = QString::fromLocal8Bit(caFile);
        settings.clientCertificateFile = QString::fromLocal8Bit(qgetenv("DEMO_CLIENT_CERT"));
        settings.clientKeyFile = QString::fromLocal8Bit(qgetenv("DEMO_CLIENT_KEY"));
        settings.tlsProfile = false;
        ProbeRunner runner(settings);
        QuietPrompter prompter;
        ProbeReportDialog dialog(&runner, &prompter, &window);
        runner.start({{partner, partner.domain}});
        if (!showAndWait(&dialog))
            return 1;
        if (!QTest::qWaitFor([&runner] { return !runner.isRunning(); }, 20000))
            std::fprintf(stderr, "the demo test in the report did not finish in time\n");
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("reportTabs"));
        auto *roundTrip = dialog.findChild<QWidget *>(QStringLiteral("roundTripTab"));
        if (tabs && roundTrip)
            tabs->setCurrentWidget(roundTrip);
        ok = save(&dialog, folder, QStringLiteral("report-round-trip") + suffix) && ok;
    }
    {
        // Check my deployment against a loopback impostor of the local domain's server
        // that offers dialback but no STARTTLS: the check fails and says what to change.
        ScriptedPeer peer([](QTcpSocket *socket, const QByteArray &received) {
            if (received.contains("<stream:stream"))
                socket->write("<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                              "xmlns:stream='http://etherx.jabber.org/streams' "
                              "xmlns:db='jabber:server:dialback' from='lync.contoso.com' "
                              "id='demo' version='1.0'><stream:features><dialback "
                              "xmlns='urn:xmpp:features:dialback'/></stream:features>");
        });
        ProbeSettings settings;
        settings.localDomain = QStringLiteral("lync.contoso.com");
        settings.hostOverride = peer.address();
        QuietPrompter prompter;
        DeploymentCheckDialog dialog(settings, &prompter, &window);
        dialog.start();
        if (!showAndWait(&dialog))
            return 1;
        if (!QTest::qWaitFor([&dialog] { return !dialog.isRunning(); }, 10000))
            std::fprintf(stderr, "the deployment check did not finish in time\n");
        ok = save(&dialog, folder, QStringLiteral("deployment-check") + suffix) && ok;
    }
    {
        // The import preview of the Get-CsXmppAllowedPartner | Export-Csv sample, on a
        // refused row.
        const QString csv = QDir::cleanPath(
            QFileInfo(QString::fromLocal8Bit(argv[1]))
                .absoluteDir()
                .filePath(QStringLiteral("../tests/fixtures/get-csxmppallowedpartner.csv")));
        const ImportRows rows = ImportReader::read(csv, ImportReader::Format::Csv);
        const ImportPlan plan(window.model()->partners(), rows.rows);
        ImportPreviewDialog dialog(plan, csv, ImportReader::Format::Csv, &window);
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("entryTable"));
        if (table->model()->rowCount() > 5)
            table->setCurrentIndex(table->model()->index(5, 2));
        if (!showAndWait(&dialog))
            return 1;
        ok = save(&dialog, folder, QStringLiteral("import-preview") + suffix) && ok;
    }
    {
        // Test all over loopback impostors: one that offers dialback only, one that ends
        // the stream with an error, and a closed port.
        const QByteArray header = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                                  "xmlns:stream='http://etherx.jabber.org/streams' "
                                  "xmlns:db='jabber:server:dialback' id='demo' version='1.0'>";
        ScriptedPeer dialback([header](QTcpSocket *socket, const QByteArray &received) {
            if (received.contains("<stream:stream"))
                socket->write(header
                              + "<stream:features><dialback "
                                "xmlns='urn:xmpp:features:dialback'/></stream:features>");
        });
        ScriptedPeer refusing([header](QTcpSocket *socket, const QByteArray &received) {
            if (received.contains("<stream:stream"))
                socket->write(header
                              + "<stream:error><host-unknown "
                                "xmlns='urn:ietf:params:xml:ns:xmpp-streams'/><text "
                                "xmlns='urn:ietf:params:xml:ns:xmpp-streams'>This server does "
                                "not serve fourthcoffee.com</text></stream:error>");
        });
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost);
        const QString closedAddress = QStringLiteral("127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        const auto partner = [](const QString &domain, const QString &proxy,
                                const QStringList &more, const QString &description) {
            Partner result;
            result.domain = domain;
            result.additionalDomains = more;
            result.description = description;
            result.partnerType = PartnerType::Federated;
            result.tlsNegotiation = Negotiation::Optional;
            result.saslNegotiation = Negotiation::NotSupported;
            result.proxyFqdn = proxy;
            return result;
        };
        const QList<Partner> partners = {
            partner(QStringLiteral("tailspintoys.com"), dialback.address(),
                    {QStringLiteral("chat.tailspintoys.com")},
                    QStringLiteral("Tailspin Toys - Openfire 4.7")),
            partner(QStringLiteral("fourthcoffee.com"), refusing.address(), {},
                    QStringLiteral("Fourth Coffee - ejabberd")),
            partner(QStringLiteral("wingtiptoys.com"), closedAddress, {},
                    QStringLiteral("Wingtip Toys - Prosody")),
        };
        ProbeSettings settings;
        settings.localDomain = QStringLiteral("lync.contoso.com");
        ProbeRunner runner(settings);
        runner.start(ProbeRunner::jobsFor(partners));
        if (!QTest::qWaitFor([&runner] { return !runner.isRunning(); }, 20000))
            std::fprintf(stderr, "Test all did not finish in time\n");
        auto run = std::make_shared<ProbeRunReport>(ProbeRunReport::fromRunner(runner));
        run->partnerFile = args.at(1);
        QuietPrompter prompter;
        ProbeRunWindow results(&prompter, &window);
        results.setReport(run);
        if (!showAndWait(&results))
            return 1;
        ok = save(&results, folder, QStringLiteral("test-all-results") + suffix) && ok;
        for (const auto &[extension, format] :
             {std::pair {QStringLiteral("html"), ProbeRunExporter::Format::Html},
              std::pair {QStringLiteral("pdf"), ProbeRunExporter::Format::Pdf}}) {
            const QString path
                = folder.filePath(QStringLiteral("test-all-report") + suffix + u'.' + extension);
            const QString error = ProbeRunExporter::write(*run, path, format);
            if (!error.isEmpty()) {
                std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), qPrintable(error));
                ok = false;
            } else {
                std::printf("%s\n", qPrintable(path));
            }
        }
    }
    if (demo) {
        // Test all on the sample file against the demo servers: the results, the table with
        // its Last test and Certificate columns, and the report of the partner whose advice
        // is a setting to change, with Apply suggested setting.
        window.findChild<QAction *>(QStringLiteral("actionProbeAll"))->trigger();
        if (!QTest::qWaitFor([&window] { return !window.probeRunner()->isRunning(); }, 60000))
            std::fprintf(stderr, "Test all on the demo did not finish in time\n");
        if (auto *results = window.findChild<ProbeRunWindow *>(QStringLiteral("probeRunWindow"))) {
            results->resize(1100, 720);
            QTest::qWait(200);
            ok = save(results, folder, QStringLiteral("test-all-demo") + suffix) && ok;
            results->close();
        } else {
            std::fprintf(stderr, "Test all on the demo showed no results window\n");
            ok = false;
        }
        ok = save(&window, folder, QStringLiteral("main-window-tested") + suffix) && ok;
        auto *table = window.findChild<QTableView *>(QStringLiteral("partnerTable"));
        const QModelIndexList found = table->model()->match(
            table->model()->index(0, PartnerTableModel::DomainColumn), Qt::DisplayRole,
            QStringLiteral("tailspintoys.com"), 1, Qt::MatchExactly);
        if (!found.isEmpty()) {
            table->setCurrentIndex(found.first());
            window.findChild<QAction *>(QStringLiteral("actionProbe"))->trigger();
            auto *report
                = window.findChild<ProbeReportDialog *>(QStringLiteral("probeReportDialog"));
            if (report
                && QTest::qWaitFor([&window] { return !window.probeRunner()->isRunning(); },
                                   20000)) {
                QTest::qWait(200);
                ok = save(report, folder, QStringLiteral("report-suggestion") + suffix) && ok;
                report->close();
            }
        }
    }
    return ok ? 0 : 1;
}
