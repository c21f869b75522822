#include "cli/declaredoptions.h"

QString optionSpelling(const QString &name)
{
    return (name.size() == 1 ? u"-"_qs : u"--"_qs) + name;
}

QString optionSpelling(const QCommandLineOption &option)
{
    return optionSpelling(option.names().constLast());
}

QList<QCommandLineOption> DeclaredOptions::all() const
{
    return {check,       checkLocal,       domain,       localDomain,    host,      dnsServer,
            trustAnchor, validateFromRoot, caFile,       clientCert,     clientKey, timeout,
            parallel,    tlsProfile,       fullDialback, dialbackListen, json,      format,
            output,      fixScript,        language,     help,           version,   exportPs1,
            setExisting, importCsv,        import,       dryRun};
}

void DeclaredOptions::addTo(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        ProbeCommand::tr("Test the connection to XMPP federated partners."));
    parser.addOptions(all());
    parser.addPositionalArgument(ProbeCommand::tr("file", "command-line argument"),
                                 ProbeCommand::tr("Partner file to open in the window."),
                                 ProbeCommand::tr("[file]", "command-line syntax"));
}

QString DeclaredOptions::spellingOf(Command command) const
{
    for (const auto &[option, named] : commands) {
        if (named == command)
            return optionSpelling(*option);
    }
    return {};
}

QList<DeclaredOptions::Command> DeclaredOptions::commandsTaking(const QString &name) const
{
    for (const QCommandLineOption *option : {&domain, &parallel, &tlsProfile, &fullDialback,
                                             &dialbackListen, &fixScript, &format, &output}) {
        if (option->names().contains(name))
            return {Command::Check};
    }
    for (const QCommandLineOption *option :
         {&host, &dnsServer, &trustAnchor, &validateFromRoot, &timeout, &json}) {
        if (option->names().contains(name))
            return {Command::Check, Command::CheckLocal};
    }
    if (clientCert.names().contains(name) || clientKey.names().contains(name))
        return {Command::Check, Command::Window};
    if (localDomain.names().contains(name) || caFile.names().contains(name))
        return {Command::Check, Command::Window, Command::CheckLocal};
    if (setExisting.names().contains(name))
        return {Command::ExportPs1};
    if (dryRun.names().contains(name))
        return {Command::ImportCsv, Command::Import};
    return {};
}
