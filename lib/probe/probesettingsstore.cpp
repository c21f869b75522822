#include "probe/probesettingsstore.h"

#include <QSettings>

namespace {
const QString LocalDomain = QStringLiteral("probe/localDomain");
const QString Nameserver = QStringLiteral("probe/dnsServer");
const QString TrustAnchorFile = QStringLiteral("probe/trustAnchorFile");
const QString ValidateFromRoot = QStringLiteral("probe/validateFromRoot");
const QString ExtraCaFile = QStringLiteral("probe/extraCaFile");
const QString ClientCertificate = QStringLiteral("probe/clientCertificate");
const QString ClientKey = QStringLiteral("probe/clientKey");
const QString StepTimeout = QStringLiteral("probe/stepTimeoutMs");
const QString TotalBudget = QStringLiteral("probe/totalBudgetMs");
const QString Parallel = QStringLiteral("probe/parallelTests");
const QString FullDialback = QStringLiteral("probe/fullDialback");
const QString DialbackAddress = QStringLiteral("probe/dialbackListenAddress");
const QString DialbackPort = QStringLiteral("probe/dialbackListenPort");
const QString DialbackCertificate = QStringLiteral("probe/dialbackCertificate");
const QString DialbackKey = QStringLiteral("probe/dialbackKey");
const QString RetestHours = QStringLiteral("probe/retestHours");
} // namespace

ProbeSettings ProbeSettingsStore::load()
{
    const QSettings settings;
    ProbeSettings result;
    result.localDomain = settings.value(LocalDomain).toString();
    result.nameserver = NameserverAddress::parse(settings.value(Nameserver).toString());
    result.trustAnchorFile = settings.value(TrustAnchorFile).toString();
    result.validateFromRoot = settings.value(ValidateFromRoot, false).toBool();
    result.extraCaFile = settings.value(ExtraCaFile).toString();
    result.clientCertificateFile = settings.value(ClientCertificate).toString();
    result.clientKeyFile = settings.value(ClientKey).toString();
    // Out-of-range values from a hand-edited file fall back to the defaults.
    const auto bounded = [&settings](const QString &key, int fallback, int low, int high) {
        bool ok = false;
        const int value = settings.value(key, fallback).toInt(&ok);
        return ok && value >= low && value <= high ? value : fallback;
    };
    result.stepTimeoutMs
        = bounded(StepTimeout, ProbeSettings::DefaultStepTimeoutMs, ProbeSettings::MinStepTimeoutMs,
                  ProbeSettings::MaxStepTimeoutMs);
    result.totalBudgetMs
        = bounded(TotalBudget, ProbeSettings::DefaultTotalBudgetMs, ProbeSettings::MinTotalBudgetMs,
                  ProbeSettings::MaxTotalBudgetMs);
    result.parallelTests
        = bounded(Parallel, ProbeSettings::DefaultParallelTests, ProbeSettings::MinParallelTests,
                  ProbeSettings::MaxParallelTests);
    result.fullDialback = settings.value(FullDialback, false).toBool();
    const QHostAddress listenAddress(settings.value(DialbackAddress).toString());
    if (!listenAddress.isNull())
        result.dialbackListenAddress = listenAddress;
    result.dialbackListenPort
        = quint16(bounded(DialbackPort, ProbeSettings::DefaultDialbackListenPort, 1, 65535));
    result.dialbackCertificateFile = settings.value(DialbackCertificate).toString();
    result.dialbackKeyFile = settings.value(DialbackKey).toString();
    // 0 (off) or an interval in range.
    const int retest = bounded(RetestHours, 0, 0, ProbeSettings::MaxRetestHours);
    result.retestHours = retest >= ProbeSettings::MinRetestHours ? retest : 0;
    return result;
}

void ProbeSettingsStore::save(const ProbeSettings &settings)
{
    QSettings store;
    store.setValue(LocalDomain, settings.localDomain);
    store.setValue(Nameserver, settings.nameserver.toString());
    store.setValue(ExtraCaFile, settings.extraCaFile);
    store.setValue(ClientCertificate, settings.clientCertificateFile);
    store.setValue(ClientKey, settings.clientKeyFile);
    store.setValue(StepTimeout, settings.stepTimeoutMs);
    store.setValue(TotalBudget, settings.totalBudgetMs);
    store.setValue(Parallel, settings.parallelTests);
    store.setValue(FullDialback, settings.fullDialback);
    store.setValue(DialbackAddress, settings.dialbackListenAddress.toString());
    store.setValue(DialbackPort, settings.dialbackListenPort);
    store.setValue(DialbackCertificate, settings.dialbackCertificateFile);
    store.setValue(DialbackKey, settings.dialbackKeyFile);
    store.setValue(RetestHours, settings.retestHours);
}
