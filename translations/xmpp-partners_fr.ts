<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../lib/util/atomicfile.cpp" line="+18"/>
        <source>opening</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>writing</source>
        <translation>écriture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>syncing</source>
        <translation>synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renaming</source>
        <translation>renommage</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../app/support/backgroundtask.cpp" line="+69"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+193"/>
        <source>%1 needs a value, not the option %2.</source>
        <translation>%1 attend une valeur, pas l&apos;option %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give either %1 or %2, not both.</source>
        <translation>Indiquez %1 ou %2, pas les deux.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 does not go with %2.</source>
        <translation>%1 ne s&apos;emploie pas avec %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 goes only with %2.</source>
        <translation>%1 ne s&apos;emploie qu&apos;avec %2.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>unexpected argument “%1”.</source>
        <translation>argument «&#xa0;%1&#xa0;» inattendu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <comment>an option, what is wrong with its value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>--timeout takes a whole number of seconds from %1 to %2, not “%3”.</source>
        <translation>--timeout attend un nombre entier de secondes de %1 à %2, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--parallel takes a whole number from %1 to %2, not “%3”.</source>
        <translation>--parallel attend un nombre entier de %1 à %2, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>unknown language “%1”; use %2.</source>
        <translation>langue «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez %2.</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="+71"/>
        <source>cannot open the window: %1 cannot be started: %2</source>
        <translation>impossible d&apos;ouvrir la fenêtre&#xa0;: %1 ne peut pas être lancé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <location filename="../lib/probe/proberecorder.cpp" line="+155"/>
        <source>The partner&apos;s server ended the stream after TLS (“%1”) before offering any authentication method; ask the partner&apos;s administrator why.</source>
        <translation>Le serveur du partenaire a mis fin au flux après TLS («&#xa0;%1&#xa0;») avant de proposer une méthode d&apos;authentification&#xa0;; demandez-en la raison à l&apos;administrateur du partenaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partner&apos;s server ended the stream after TLS (“%1”): it does not accept the client certificate presented for %2. Use a certificate for %2 from a CA the partner trusts, for SASL EXTERNAL (XEP-0178).</source>
        <translation>Le serveur du partenaire a mis fin au flux après TLS («&#xa0;%1&#xa0;»)&#xa0;: il n&apos;accepte pas le certificat client présenté pour %2. Utilisez pour %2 un certificat émis par une autorité de certification approuvée par le partenaire, pour SASL EXTERNAL (XEP-0178).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partner&apos;s server ended the stream after TLS (“%1”): it accepts only servers that present a certificate it trusts, and no client certificate is configured for %2. Install a certificate for %2 from a CA the partner trusts and set it in the connection test settings, for SASL EXTERNAL (XEP-0178).</source>
        <translation>Le serveur du partenaire a mis fin au flux après TLS («&#xa0;%1&#xa0;»)&#xa0;: il n&apos;accepte que les serveurs présentant un certificat qu&apos;il approuve, et aucun certificat client n&apos;est configuré pour %2. Installez pour %2 un certificat émis par une autorité de certification approuvée par le partenaire et indiquez-le dans les paramètres du test de connexion, pour SASL EXTERNAL (XEP-0178).</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Tried before, without success:
%1</source>
        <translation>Tentatives précédentes infructueuses&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../lib/probe/connectionprobe.cpp" line="+61"/>
        <source>Cancelled after %1.</source>
        <translation>Annulée après %1.</translation>
    </message>
    <message>
        <location filename="../lib/probe/proberecorder.cpp" line="-8"/>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <location filename="../lib/probe/connectionprobe.cpp" line="+51"/>
        <source>No server accepted the connection:
%1</source>
        <translation>Aucun serveur n&apos;a accepté la connexion&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the DNS server %2 gave no address (A/AAAA) for %3%4</source>
        <translation>%1&#xa0;: le serveur DNS %2 n&apos;a donné aucune adresse (A/AAAA) pour %3%4</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Connected to %1 (%2).</source>
        <translation>Connexion établie avec %1 (%2).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The server closed the stream.</source>
        <translation>Le serveur a fermé le flux.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>SASL EXTERNAL was not attempted: the server ended the stream before offering its features after TLS.</source>
        <translation>SASL EXTERNAL n&apos;a pas été tenté&#xa0;: le serveur a mis fin au flux avant de proposer ses fonctionnalités après TLS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server ended the stream with the error “%1”.</source>
        <translation>Le serveur a mis fin au flux avec l&apos;erreur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server ended the stream with the error “%1”: %2</source>
        <translation>Le serveur a mis fin au flux avec l&apos;erreur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the server answered STARTTLS with &lt;failure/&gt;</source>
        <translation>le serveur a répondu à STARTTLS par &lt;failure/&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused STARTTLS (&lt;failure/&gt;).</source>
        <translation>Le serveur a refusé STARTTLS (&lt;failure/&gt;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SASL EXTERNAL succeeded: the partner accepted the certificate of %1.</source>
        <translation>SASL EXTERNAL a réussi&#xa0;: le partenaire a accepté le certificat de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SASL EXTERNAL failed with the condition “%1”.</source>
        <translation>SASL EXTERNAL a échoué avec la condition «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../lib/probe/streamfeatures.cpp" line="+51"/>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (obligatoire)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dialback</source>
        <translation>numérotation (dialback)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SASL %1</source>
        <translation>SASL %1</translation>
    </message>
    <message>
        <location filename="../lib/probe/connectionprobe.cpp" line="+21"/>
        <source>not given</source>
        <comment>stream id or version</comment>
        <translation>non fourni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stream opened by %1 (id %2, version %3). Features: %4.</source>
        <translation>Flux ouvert par %1 (id %2, version %3). Fonctionnalités&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unnamed server</source>
        <translation>un serveur sans nom</translation>
    </message>
    <message>
        <location filename="../lib/probe/streamfeatures.cpp" line="+12"/>
        <source>none</source>
        <comment>stream features</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../lib/probe/connectionprobe.cpp" line="+8"/>
        <source>TLS negotiation is set to Not supported.</source>
        <translation>La négociation TLS est définie sur Non pris en charge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not offer STARTTLS.</source>
        <translation>Le serveur ne propose pas STARTTLS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No TLS, so no stream restart.</source>
        <translation>Pas de TLS, donc pas de redémarrage du flux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SASL needs TLS.</source>
        <translation>SASL requiert TLS.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/probe/proberecorder.cpp" line="+64"/>
        <source>%1, %2; certificate of %3 issued by %4, valid until %5 (%n day(s) left).</source>
        <translation>
            <numerusform>%1, %2&#xa0;; certificat de %3 émis par %4, valide jusqu&apos;au %5 (%n jour restant).</numerusform>
            <numerusform>%1, %2&#xa0;; certificat de %3 émis par %4, valide jusqu&apos;au %5 (%n jours restants).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/probe/connectionprobe.cpp" line="+25"/>
        <source>Connected to %1 with direct TLS (XEP-0368).</source>
        <translation>Connexion établie avec %1 en TLS direct (XEP-0368).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Direct TLS: the stream opens after TLS.</source>
        <translation>TLS direct&#xa0;: le flux s&apos;ouvre après TLS.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Features after TLS: %1.</source>
        <translation>Fonctionnalités après TLS&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No client certificate is configured, so SASL EXTERNAL was not attempted. Full server dialback (XEP-0220) was not attempted either: it needs the partner to connect back to an authoritative server for %1.</source>
        <translation>Aucun certificat client n&apos;est configuré, donc SASL EXTERNAL n&apos;a pas été tenté. La numérotation du serveur (dialback) complète (XEP-0220) n&apos;a pas été tentée non plus&#xa0;: elle exige que le partenaire se connecte en retour à un serveur faisant autorité pour %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server does not offer SASL EXTERNAL to %1: it does not trust the client certificate presented.</source>
        <translation>Le serveur ne propose pas SASL EXTERNAL à %1&#xa0;: il n&apos;approuve pas le certificat client présenté.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Connected to %1.</source>
        <translation>Connexion établie avec %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TLS handshake failed: %1</source>
        <translation>L&apos;établissement de la liaison TLS a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No answer within %1 s.</source>
        <translation>Aucune réponse dans un délai de %1 s.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The test did not finish within its budget of %1 s.</source>
        <translation>Le test ne s&apos;est pas terminé dans son délai total de %1 s.</translation>
    </message>
    <message>
        <location filename="../lib/probe/proberecorder.cpp" line="+54"/>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
</context>
<context>
    <name>ConsoleOutput</name>
    <message>
        <location filename="../app/cli/consoleoutput.cpp" line="+18"/>
        <source>xmpp-partners: %1</source>
        <translation>xmpp-partners&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run xmpp-partners --help for the options.</source>
        <translation>Exécutez xmpp-partners --help pour afficher les options.</translation>
    </message>
</context>
<context>
    <name>DomainName</name>
    <message>
        <location filename="../lib/partners/domainname.cpp" line="+41"/>
        <source>The domain is empty.</source>
        <translation>Le domaine est vide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” contains a space. A domain has no spaces.</source>
        <translation>«&#xa0;%1&#xa0;» contient un espace. Un domaine ne contient pas d&apos;espaces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” contains an invisible character (U+%2). Type the domain again without it.</source>
        <translation>«&#xa0;%1&#xa0;» contient un caractère invisible (U+%2). Saisissez de nouveau le domaine sans lui.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+38"/>
        <source>“%1” starts with the scheme “%2”. Enter the domain alone, for example fabrikam.com.</source>
        <translation>«&#xa0;%1&#xa0;» commence par le schéma «&#xa0;%2&#xa0;». Entrez uniquement le domaine, par exemple fabrikam.com.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>“%1” contains “@”. Enter a domain, not an address: the part after the “@”.</source>
        <translation>«&#xa0;%1&#xa0;» contient «&#xa0;@&#xa0;». Entrez un domaine, et non une adresse&#xa0;: la partie située après «&#xa0;@&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” contains “/”. Enter the domain alone, without a path or resource.</source>
        <translation>«&#xa0;%1&#xa0;» contient «&#xa0;/&#xa0;». Entrez uniquement le domaine, sans chemin ni ressource.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is an IP address. Enter a domain name.</source>
        <translation>«&#xa0;%1&#xa0;» est une adresse IP. Entrez un nom de domaine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” has a port number. Enter the domain alone, without “:%2”.</source>
        <translation>«&#xa0;%1&#xa0;» comporte un numéro de port. Entrez uniquement le domaine, sans «&#xa0;:%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” contains the character “:”, which a domain cannot contain.</source>
        <translation>«&#xa0;%1&#xa0;» contient le caractère «&#xa0;:&#xa0;», qu&apos;un domaine ne peut pas contenir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” contains a wildcard. List each domain explicitly.</source>
        <translation>«&#xa0;%1&#xa0;» contient un caractère générique. Indiquez chaque domaine explicitement.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+29"/>
        <source>“%1” has an empty label: two dots in a row, or a dot at the start.</source>
        <translation>«&#xa0;%1&#xa0;» contient une étiquette vide&#xa0;: deux points consécutifs, ou un point au début.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>“%1” is not a valid internationalized domain name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine internationalisé valide.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” contains the character “%2”. A domain label may only contain letters, digits and hyphens.</source>
        <translation>«&#xa0;%1&#xa0;» contient le caractère «&#xa0;%2&#xa0;». Une étiquette de domaine ne peut contenir que des lettres, des chiffres et des traits d&apos;union.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The label “%1” of “%2” starts or ends with a hyphen.</source>
        <translation>L&apos;étiquette «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» commence ou se termine par un trait d&apos;union.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label “%1…” of “%2” is %3 characters long; the limit is %4.</source>
        <translation>L&apos;étiquette «&#xa0;%1…&#xa0;» de «&#xa0;%2&#xa0;» compte %3 caractères&#xa0;; la limite est de %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The domain is %1 characters long; the limit is %2.</source>
        <translation>Le domaine compte %1 caractères&#xa0;; la limite est de %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a valid domain name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” ends with an all-digit label. Enter a domain name, not an address.</source>
        <translation>«&#xa0;%1&#xa0;» se termine par une étiquette entièrement numérique. Entrez un nom de domaine, et non une adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” has a single label. Enter the full domain, for example fabrikam.com.</source>
        <translation>«&#xa0;%1&#xa0;» ne comporte qu&apos;une seule étiquette. Entrez le domaine complet, par exemple fabrikam.com.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="-333"/>
        <source>Write the partners of FILE as a PowerShell script (New-CsXmppAllowedPartner) to the file OUT given after it, or to standard output for -.</source>
        <translation>Écrit les partenaires de FICHIER sous forme de script PowerShell (New-CsXmppAllowedPartner) dans le fichier SORTIE indiqué ensuite, ou sur la sortie standard pour -.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --export-ps1: update the partners that already exist (Set-CsXmppAllowedPartner) and create the others.</source>
        <translation>Avec --export-ps1&#xa0;: met à jour les partenaires qui existent déjà (Set-CsXmppAllowedPartner) et crée les autres.</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>--export-ps1 needs a partner file and the script to write: --export-ps1 FILE OUT.</source>
        <translation>--export-ps1 attend un fichier de partenaires et le script à écrire&#xa0;: --export-ps1 FICHIER SORTIE.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+26"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="-167"/>
        <source>Import into the partner file FILE the CSV file IN given after it, as Get-CsXmppAllowedPartner | Export-Csv writes it.</source>
        <translation>Importe dans le fichier de partenaires FICHIER le fichier CSV ENTRÉE indiqué ensuite, tel que l&apos;écrit Get-CsXmppAllowedPartner | Export-Csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import into the partner file FILE the file IN given after it: a CSV of Export-Csv, another partner file (.json) or a Management Shell script of New-CsXmppAllowedPartner commands (.ps1).</source>
        <translation>Importe dans le fichier de partenaires FICHIER le fichier ENTRÉE indiqué ensuite&#xa0;: un CSV d&apos;Export-Csv, un autre fichier de partenaires (.json) ou un script Management Shell de commandes New-CsXmppAllowedPartner (.ps1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --import-csv or --import: show what the import would do, change nothing.</source>
        <translation>Avec --import-csv ou --import&#xa0;: montre ce que ferait l&apos;importation, sans rien changer.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>--import-csv needs a partner file and the CSV file to import: --import-csv FILE IN.</source>
        <translation>--import-csv attend un fichier de partenaires et le fichier CSV à importer&#xa0;: --import-csv FICHIER ENTRÉE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--import needs a partner file and the file to import: --import FILE IN.</source>
        <translation>--import attend un fichier de partenaires et le fichier à importer&#xa0;: --import FICHIER ENTRÉE.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+27"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <location filename="../lib/import/importplan.cpp" line="+19"/>
        <source>Row %1 could not be read.</source>
        <translation>La ligne %1 n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Row %1: the domain %2 is already in row %3 of the file.</source>
        <translation>Ligne %1&#xa0;: le domaine %2 figure déjà à la ligne %3 du fichier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+41"/>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Row %1: the domain %2 is an additional domain of the partner %3; it cannot be the primary domain of another partner.</source>
        <translation>Ligne %1&#xa0;: le domaine %2 est un domaine supplémentaire du partenaire %3&#xa0;; il ne peut pas être le domaine principal d&apos;un autre partenaire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: the domain %2 already belongs to the partner %3.</source>
        <translation>Ligne %1&#xa0;: le domaine %2 appartient déjà au partenaire %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Import %n partner(s)</source>
        <translation>
            <numerusform>Importer %n partenaire</numerusform>
            <numerusform>Importer %n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New</source>
        <comment>import preview: a partner the list does not have</comment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <comment>import preview: a partner whose settings change</comment>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <comment>import preview: a partner already as imported</comment>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <comment>import preview: a row that is not imported</comment>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <location filename="../lib/models/importplanmodel.cpp" line="+34"/>
        <source>The list already has this partner with these settings.</source>
        <translation>La liste a déjà ce partenaire avec ces paramètres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>; </source>
        <comment>between the details of a row</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Row</source>
        <comment>import preview: the row&apos;s number in the file</comment>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <comment>import preview: what the import does with the row</comment>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary domain</source>
        <translation>Domaine principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../forms/importpreviewdialog.ui" line="+14"/>
        <source>Import Partners</source>
        <translation>Importer des partenaires</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Details of the selected row:</source>
        <translation>&amp;Détails de la ligne sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/import/importpreviewdialog.cpp" line="+86"/>
        <source>CSV from Export-Csv</source>
        <translation>CSV d&apos;Export-Csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>xmpp-partners file</source>
        <translation>fichier xmpp-partners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management Shell script</source>
        <translation>script Management Shell</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>From %1 (%2).</source>
        <translation>Depuis %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2, %3, %4.</source>
        <translation>%1, %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <comment>import summary</comment>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changed</source>
        <comment>import summary</comment>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged</source>
        <comment>import summary</comment>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <comment>import summary</comment>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in the list would change.</source>
        <translation>Rien ne changerait dans la liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused rows are left out; the other rows are imported as one step you can undo.</source>
        <translation>Les lignes refusées sont laissées de côté&#xa0;; les autres sont importées en une seule étape que vous pouvez annuler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import is one step you can undo.</source>
        <translation>L&apos;importation est une seule étape que vous pouvez annuler.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Import %n partner(s)</source>
        <translation>
            <numerusform>&amp;Importer %n partenaire</numerusform>
            <numerusform>&amp;Importer %n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All rows (%1)</source>
        <translation>Toutes les lignes (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Row %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <location filename="../lib/import/importreader.cpp" line="+20"/>
        <location line="+10"/>
        <source>The file cannot be read: %1.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The file is larger than %1 MiB.</source>
        <translation>Le fichier dépasse %1 Mio.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Partner lists (*.csv *.json *.ps1)</source>
        <translation>Listes de partenaires (*.csv *.json *.ps1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV from Export-Csv (*.csv)</source>
        <translation>CSV d&apos;Export-Csv (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xmpp-partners files (*.json)</source>
        <translation>Fichiers xmpp-partners (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management Shell scripts (*.ps1)</source>
        <translation>Scripts Management Shell (*.ps1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../forms/mainwindow.ui" line="+18"/>
        <location filename="../app/mainwindow.cpp" line="+210"/>
        <source>XMPP Federated Partners</source>
        <translation>Partenaires fédérés XMPP</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltre&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Domain, additional domain or description</source>
        <translation>Domaine, domaine supplémentaire ou description</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter partners</source>
        <translation>Filtrer les partenaires</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Partner &amp;type:</source>
        <translation>&amp;Type de partenaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show partners of type</source>
        <translation>Afficher les partenaires du type</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>XMPP federated partners</source>
        <translation>Partenaires fédérés XMPP</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <comment>menu title</comment>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Create a new XMPP federated partner</source>
        <translation>Créer un partenaire fédéré XMPP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Edit the selected partner</source>
        <translation>Modifier le partenaire sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Create a new partner from the selected one</source>
        <translation>Créer un partenaire à partir du partenaire sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Delete the selected partner</source>
        <translation>Supprimer le partenaire sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Test the connection to the selected partner</source>
        <translation>Tester la connexion au partenaire sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Test &amp;all partners</source>
        <translation>Tester t&amp;ous les partenaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Test the connection to every partner</source>
        <translation>Tester la connexion à chaque partenaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Open a partner file</source>
        <translation>Ouvrir un fichier de partenaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Save the partner file</source>
        <translation>Enregistrer le fichier de partenaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Add or update partners from a CSV of Get-CsXmppAllowedPartner, a Management Shell script or another partner file, after a preview</source>
        <translation>Ajouter ou mettre à jour des partenaires depuis un CSV de Get-CsXmppAllowedPartner, un script Management Shell ou un autre fichier de partenaires, après un aperçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;PowerShell script…</source>
        <translation>Script &amp;PowerShell…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Write the selected partners, or all of them, as New-CsXmppAllowedPartner commands</source>
        <translation>Écrire les partenaires sélectionnés, ou tous, sous forme de commandes New-CsXmppAllowedPartner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PowerShell script that &amp;updates existing partners…</source>
        <translation>Script PowerShell qui &amp;met à jour les partenaires existants…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Write Set-CsXmppAllowedPartner for the partners that already exist and New-CsXmppAllowedPartner for the others</source>
        <translation>Écrire Set-CsXmppAllowedPartner pour les partenaires qui existent déjà et New-CsXmppAllowedPartner pour les autres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Save the partners to another file</source>
        <translation>Enregistrer les partenaires dans un autre fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/mainwindow.cpp" line="+195"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/mainwindow.cpp" line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Redo the last undone change</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Filter the partners by domain or description</source>
        <translation>Filtrer les partenaires par domaine ou description</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Quit the application</source>
        <translation>Quitter l&apos;application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Show the interface in English</source>
        <translation>Afficher l&apos;interface en anglais</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>Show the interface in French</source>
        <translation>Afficher l&apos;interface en français</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test all &amp;results…</source>
        <translation>&amp;Résultats du test de tous les partenaires…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Show the results of the last Test all partners</source>
        <translation>Afficher les résultats du dernier «&#xa0;Tester tous les partenaires&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;ve test report…</source>
        <translation>&amp;Enregistrer le rapport de test…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Save the results of the last Test all partners as an HTML page, a JSON file or a PDF document</source>
        <translation>Enregistrer les résultats du dernier «&#xa0;Tester tous les partenaires&#xa0;» en page HTML, en fichier JSON ou en document PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print test report…</source>
        <translation>&amp;Imprimer le rapport de test…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Print the results of the last Test all partners</source>
        <translation>Imprimer les résultats du dernier «&#xa0;Tester tous les partenaires&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection test &amp;settings…</source>
        <translation>&amp;Paramètres du test de connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Local XMPP domain, DNS server, certificates and timeouts of the connection test</source>
        <translation>Domaine XMPP local, serveur DNS, certificats et délais d&apos;attente du test de connexion</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="-210"/>
        <source>All</source>
        <comment>partner type filter</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running connection tests</source>
        <translation>Annuler les tests de connexion en cours</translation>
    </message>
    <message numerus="yes">
        <location line="-113"/>
        <source>%n partner(s) imported.</source>
        <translation>
            <numerusform>%n partenaire importé.</numerusform>
            <numerusform>%n partenaires importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+157"/>
        <source>Exported %n partner(s) to %1</source>
        <translation>
            <numerusform>%n partenaire exporté dans %1</numerusform>
            <numerusform>%n partenaires exportés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interface cannot be shown in this language: its translation is missing from this build.</source>
        <translation>L&apos;interface ne peut pas être affichée dans cette langue&#xa0;: sa traduction manque dans cette version.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Change refused</source>
        <translation>Modification refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes were not saved.</source>
        <translation>Vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connection tests finished: %1, %2, %3.</source>
        <translation>Tests de connexion terminés&#xa0;: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passed</source>
        <comment>test summary</comment>
        <translation>
            <numerusform>%n réussi</numerusform>
            <numerusform>%n réussis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with warnings</source>
        <comment>test summary</comment>
        <translation>
            <numerusform>%n avec avertissement</numerusform>
            <numerusform>%n avec avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <comment>test summary</comment>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 of %n partner(s) shown</source>
        <translation>
            <numerusform>Affichage&#xa0;: %1 sur %n partenaire</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
</context>
<context>
    <name>MessageBoxPrompter</name>
    <message>
        <location filename="../app/support/messageboxprompter.cpp" line="+30"/>
        <source>Do&amp;n&apos;t save</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
</context>
<context>
    <name>NegotiationPolicy</name>
    <message>
        <location filename="../lib/partners/negotiationpolicy.cpp" line="+52"/>
        <source>SASL requires TLS. To use SASL, TLS must be Required or Optional.</source>
        <translation>SASL requiert TLS. Pour utiliser SASL, TLS doit être obligatoire ou facultatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SASL or dialback must be enabled.</source>
        <translation>SASL ou la numérotation (dialback) doit être activé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialback will not be used when both TLS and SASL are required.</source>
        <translation>La numérotation (dialback) ne sera pas utilisée lorsque TLS et SASL sont tous deux obligatoires.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SASL requires TLS. Leaving TLS optional may make session negotiation fail.</source>
        <translation>SASL requiert TLS. Laisser TLS facultatif peut faire échouer la négociation de session.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>SASL over TLS</source>
        <translation>SASL sur TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS dialback</source>
        <translation>Numérotation (dialback) sur TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP dialback</source>
        <translation>Numérotation (dialback) sur TCP</translation>
    </message>
</context>
<context>
    <name>Partner</name>
    <message>
        <location filename="../lib/partners/partner.cpp" line="+64"/>
        <source>Federated</source>
        <comment>partner type</comment>
        <translation>Fédéré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public verified</source>
        <comment>partner type</comment>
        <translation>Public vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public unverified</source>
        <comment>partner type</comment>
        <translation>Public non vérifié</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Required</source>
        <comment>TLS or SASL negotiation</comment>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <comment>TLS or SASL negotiation</comment>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not supported</source>
        <comment>TLS or SASL negotiation</comment>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>True</source>
        <comment>dialback negotiation</comment>
        <translation>Vrai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False</source>
        <comment>dialback negotiation</comment>
        <translation>Faux</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A trusted deployment (another Lync, Office Communications Server or equivalent). Its contacts may add your users without an invitation.</source>
        <translation>Un déploiement approuvé (un autre Lync, Office Communications Server ou équivalent). Ses contacts peuvent ajouter vos utilisateurs sans invitation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A provider that verifies its users. Invitations work both ways.</source>
        <translation>Un fournisseur qui vérifie ses utilisateurs. Les invitations fonctionnent dans les deux sens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No verified relationship. Your user must invite the contact first (for example a public service such as Google Talk).</source>
        <translation>Aucune relation vérifiée. Votre utilisateur doit d&apos;abord inviter le contact (par exemple un service public comme Google Talk).</translation>
    </message>
</context>
<context>
    <name>PartnerChangeCommand</name>
    <message>
        <location filename="../lib/models/partnerchangecommand.cpp" line="+22"/>
        <source>Add %1</source>
        <translation>l&apos;ajout de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit %1</source>
        <translation>la modification de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete %1</source>
        <translation>la suppression de %1</translation>
    </message>
</context>
<context>
    <name>PartnerCsv</name>
    <message>
        <location filename="../lib/formats/partnercsv.cpp" line="+189"/>
        <source>Row %1, column %2: the primary domain is empty.</source>
        <translation>Ligne %1, colonne %2&#xa0;: le domaine principal est vide.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Row %1, column %2: Export-Csv wrote the list&apos;s type name (%3) instead of the domains. Export the column as text, for example with @{n=&apos;AdditionalDomains&apos;;e={$_.AdditionalDomains -join &apos; &apos;}}.</source>
        <translation>Ligne %1, colonne %2&#xa0;: Export-Csv a écrit le nom du type de la liste (%3) au lieu des domaines. Exportez la colonne sous forme de texte, par exemple avec @{n=&apos;AdditionalDomains&apos;;e={$_.AdditionalDomains -join &apos; &apos;}}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Row %1, column %2: “%3” is not a partner type (Federated, PublicVerified or PublicUnverified).</source>
        <translation>Ligne %1, colonne %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas un type de partenaire (Federated, PublicVerified ou PublicUnverified).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Row %1, column %2: “%3” is not a whole number from %4 to %5.</source>
        <translation>Ligne %1, colonne %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas un nombre entier de %4 à %5.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Row %1, column %2: the value is longer than %3 MiB.</source>
        <translation>Ligne %1, colonne %2&#xa0;: la valeur dépasse %3&#xa0;Mio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row %1, column %2: the value is not UTF-8 text.</source>
        <translation>Ligne %1, colonne %2&#xa0;: la valeur n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Row %1, column %2: “%3” is not a negotiation setting (Required, Optional or NotSupported).</source>
        <translation>Ligne %1, colonne %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas un paramètre de négociation (Required, Optional ou NotSupported).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row %1, column %2: “%3” is neither True nor False.</source>
        <translation>Ligne %1, colonne %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est ni True ni False.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The file is larger than %1 MiB.</source>
        <translation>Le fichier dépasse %1&#xa0;Mio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+42"/>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets n&apos;est pas fermé avant la fin du fichier.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The file has no header row naming the columns.</source>
        <translation>Le fichier n&apos;a pas de ligne d&apos;en-tête nommant les colonnes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The header row has more than %1 columns.</source>
        <translation>La ligne d&apos;en-tête a plus de %1 colonnes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The header row has a column name longer than %1 MiB.</source>
        <translation>La ligne d&apos;en-tête contient un nom de colonne de plus de %1&#xa0;Mio.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file has no Identity column: it does not look like the output of Get-CsXmppAllowedPartner | Export-Csv.</source>
        <translation>Le fichier n&apos;a pas de colonne Identity&#xa0;: il ne ressemble pas à la sortie de Get-CsXmppAllowedPartner | Export-Csv.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file has more than %1 rows.</source>
        <translation>Le fichier a plus de %1 lignes.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../forms/partnerdialog.ui" line="+14"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Primary domain (required):</source>
        <translation>Domaine principal (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>fabrikam.com</source>
        <translation>fabrikam.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Primary domain</source>
        <translation>Domaine principal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base domain of the XMPP partner, for example fabrikam.com. Required.</source>
        <translation>Domaine de base du partenaire XMPP, par exemple fabrikam.com. Obligatoire.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes or other identifying information for this configuration. Optional.</source>
        <translation>Notes ou autres informations d&apos;identification pour cette configuration. Facultatif.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Additional domains:</source>
        <translation>Domaines supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>corp.fabrikam.com</source>
        <translation>corp.fabrikam.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Additional domain to add</source>
        <translation>Domaine supplémentaire à ajouter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add additional domain</source>
        <translation>Ajouter le domaine supplémentaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Additional domains</source>
        <translation>Domaines supplémentaires</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit additional domain</source>
        <translation>Modifier le domaine supplémentaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove additional domain</source>
        <translation>Retirer le domaine supplémentaire</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Partner type:</source>
        <translation>Type de partenaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Partner type</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TLS negotiation:</source>
        <translation>Négociation TLS&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TLS negotiation</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required: the XMPP service requires TLS negotiation. Optional: TLS may be negotiated. Not supported: the service does not support TLS.</source>
        <translation>Obligatoire&#xa0;: le service XMPP nécessite une négociation TLS. Facultatif&#xa0;: TLS peut être négocié. Non pris en charge&#xa0;: le service ne prend pas en charge TLS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SASL negotiation:</source>
        <translation>Négociation SASL&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SASL negotiation</source>
        <translation>Négociation SASL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required: the XMPP service requires SASL negotiation. Optional: SASL may be negotiated. Not supported: the service does not support SASL. SASL requires TLS.</source>
        <translation>Obligatoire&#xa0;: le service XMPP nécessite une négociation SASL. Facultatif&#xa0;: SASL peut être négocié. Non pris en charge&#xa0;: le service ne prend pas en charge SASL. SASL requiert TLS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dialback negotiation:</source>
        <translation>Négociation de numérotation (dialback)&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dialback negotiation</source>
        <translation>Négociation de numérotation (dialback)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>True: server dialback (XEP-0220) is used to verify the partner. False: dialback requests are ignored.</source>
        <translation>Vrai&#xa0;: la numérotation du serveur (dialback) selon XEP-0220 sert à vérifier le partenaire. Faux&#xa0;: les demandes de numérotation (dialback) sont ignorées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Authentication:</source>
        <translation>Authentification&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Allowed authentication methods</source>
        <translation>Méthodes d&apos;authentification autorisées</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vancé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show advanced settings</source>
        <translation>Afficher les paramètres avancés</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Proxy FQDN:</source>
        <translation>FQDN du proxy&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Proxy FQDN</source>
        <translation>FQDN du proxy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>xmpp.fabrikam.com</source>
        <translation>xmpp.fabrikam.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host name of the partner&apos;s XMPP proxy, optionally with a port (host:port). When set, the connection test connects there instead of looking up SRV records.</source>
        <translation>Nom d&apos;hôte du proxy XMPP du partenaire, éventuellement suivi d&apos;un port (hôte:port). S&apos;il est défini, le test de connexion s&apos;y connecte au lieu de rechercher les enregistrements SRV.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep-alive:</source>
        <translation>Maintien de connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send keep-alive messages</source>
        <translation>Envoyer des messages de maintien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep-alive</source>
        <translation>Maintien de connexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection limit:</source>
        <translation>Limite de connexions&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Limit to</source>
        <translation>&amp;Limiter à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit the number of connections</source>
        <translation>Limiter le nombre de connexions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection limit</source>
        <translation>Limite de connexions</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>connections</source>
        <translation>connexions</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Why the changes were not saved</source>
        <translation>Pourquoi les modifications n&apos;ont pas été enregistrées</translation>
    </message>
    <message>
        <location filename="../app/editor/partnerdialog.cpp" line="+129"/>
        <source>New XMPP federated partner</source>
        <translation>Nouveau partenaire fédéré XMPP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit XMPP federated partner</source>
        <translation>Modifier le partenaire fédéré XMPP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate XMPP federated partner</source>
        <translation>Dupliquer le partenaire fédéré XMPP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commit</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No authentication method is possible.</source>
        <translation>Aucune méthode d&apos;authentification n&apos;est possible.</translation>
    </message>
    <message>
        <location line="+172"/>
        <location line="+12"/>
        <source>Your changes were not saved.</source>
        <translation>Vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
</context>
<context>
    <name>PartnerDifference</name>
    <message>
        <location filename="../lib/import/partnerdifference.cpp" line="+15"/>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Primary domain</source>
        <translation>Domaine principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>added %1</source>
        <translation>ajout de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed %1</source>
        <translation>retrait de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same domains written differently or in another order</source>
        <translation>mêmes domaines, écrits autrement ou dans un autre ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+35"/>
        <source>Additional domains</source>
        <translation>Domaines supplémentaires</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+26"/>
        <source>Partner type</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>TLS negotiation</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>SASL negotiation</source>
        <translation>Négociation SASL</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Dialback negotiation</source>
        <translation>Négociation de numérotation (dialback)</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+24"/>
        <source>Proxy FQDN</source>
        <translation>FQDN du proxy</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>Keep-alive</source>
        <translation>Maintien de connexion</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>Connection limit</source>
        <translation>Limite de connexions</translation>
    </message>
</context>
<context>
    <name>PartnerDocument</name>
    <message>
        <location filename="../app/partnerdocument.cpp" line="+74"/>
        <source>The new partner list</source>
        <translation>La nouvelle liste de partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner list %1</source>
        <translation>La liste de partenaires %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has unsaved changes. Do you want to save them?</source>
        <translation>%1 contient des modifications non enregistrées. Voulez-vous les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open partner file</source>
        <translation>Ouvrir un fichier de partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Partner files (*.json);;All files (*)</source>
        <translation>Fichiers de partenaires (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening %1 was cancelled; nothing changed.</source>
        <translation>L&apos;ouverture de %1 a été annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the partner file</source>
        <translation>Impossible d&apos;ouvrir le fichier de partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file was not changed.</source>
        <translation>Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opened read-only</source>
        <translation>Fichier ouvert en lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The partners are shown read-only: use Save as to keep changes in another file.</source>
        <translation>Les partenaires sont affichés en lecture seule&#xa0;: utilisez «&#xa0;Enregistrer sous&#xa0;» pour conserver les modifications dans un autre fichier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>partners.json</source>
        <translation>partenaires.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save partner file</source>
        <translation>Enregistrer le fichier de partenaires</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>Cannot save the partner file</source>
        <translation>Impossible d&apos;enregistrer le fichier de partenaires</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Your partners are still open here.</source>
        <translation>Vos partenaires sont toujours ouverts ici.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file on disk was left as it was, and your partners are still open here: nothing was lost.</source>
        <translation>Le fichier sur le disque n&apos;a pas été modifié et vos partenaires sont toujours ouverts ici&#xa0;: rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <location filename="../app/editor/partnereditor.cpp" line="+79"/>
        <source>Delete partner</source>
        <translation>Supprimer le partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the partner %1 and its settings?</source>
        <translation>Supprimer le partenaire %1 et ses paramètres&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>PartnerFileRowReader</name>
    <message>
        <location filename="../lib/formats/partnerfilerowreader.cpp" line="+51"/>
        <source>Row %1: the entry is not an object.</source>
        <translation>Ligne %1&#xa0;: l&apos;entrée n&apos;est pas un objet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PartnerImporter</name>
    <message>
        <location filename="../app/import/partnerimporter.cpp" line="+27"/>
        <source>Import partners</source>
        <translation>Importer des partenaires</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing %1 was cancelled; nothing changed.</source>
        <translation>L&apos;importation de %1 a été annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot import the file</source>
        <translation>Impossible d&apos;importer le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be imported.</source>
        <translation>%1 ne peut pas être importé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The partner list was not changed.</source>
        <translation>La liste des partenaires n&apos;a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>PartnerJson</name>
    <message>
        <location filename="../lib/file/partnerjson.cpp" line="+17"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+79"/>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the key “%1” must be %2, not %3.</source>
        <translation>la clé «&#xa0;%1&#xa0;» doit être %2, et non %3.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>one of %1</source>
        <translation>l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key “%1” has the unknown value “%2”; expected one of %3.</source>
        <translation>la clé «&#xa0;%1&#xa0;» a la valeur inconnue «&#xa0;%2&#xa0;»&#xa0;; valeurs attendues&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the key “%1” is missing.</source>
        <translation>la clé «&#xa0;%1&#xa0;» est absente.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>a list of domains</source>
        <translation>une liste de domaines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item %1 of “%2” must be a string, not %3.</source>
        <translation>l&apos;élément %1 de «&#xa0;%2&#xa0;» doit être une chaîne de caractères, et non %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the key “%1” must be a whole number.</source>
        <translation>la clé «&#xa0;%1&#xa0;» doit être un nombre entier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <location filename="../lib/partners/partnerlist.cpp" line="+9"/>
        <source>The domain %1 is already the primary domain of another partner.</source>
        <translation>Le domaine %1 est déjà le domaine principal d&apos;un autre partenaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The domain %1 is already used by the partner %2.</source>
        <translation>Le domaine %1 est déjà utilisé par le partenaire %2.</translation>
    </message>
</context>
<context>
    <name>PartnerStore</name>
    <message>
        <location filename="../lib/file/partnerstore.cpp" line="+39"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: entry %2: %3</source>
        <translation>%1&#xa0;: entrée %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: entry %2 (%3): %4</source>
        <translation>%1&#xa0;: entrée %2 (%3)&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>… and %n more invalid entries.</source>
        <translation>
            <numerusform>… et %n autre entrée non valide.</numerusform>
            <numerusform>… et %n autres entrées non valides.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file does not exist.</source>
        <translation>le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is a folder, not a partner file.</source>
        <translation>il s&apos;agit d&apos;un dossier, et non d&apos;un fichier de partenaires.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a regular file.</source>
        <translation>il ne s&apos;agit pas d&apos;un fichier ordinaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is %1 MiB; partner files are limited to %2 MiB.</source>
        <translation>le fichier fait %1&#xa0;Mio&#xa0;; les fichiers de partenaires sont limités à %2&#xa0;Mio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>the file cannot be read: %1.</source>
        <translation>le fichier ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../lib/file/partnerfileformat.cpp" line="+67"/>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is not valid JSON: %1 at line %2, column %3.</source>
        <translation>le fichier n&apos;est pas un JSON valide&#xa0;: %1 à la ligne %2, colonne %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is not an xmpp-partners file: its top level is not an object.</source>
        <translation>le fichier n&apos;est pas un fichier xmpp-partners&#xa0;: sa racine n&apos;est pas un objet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not an xmpp-partners file: “%1” should be “%2”.</source>
        <translation>le fichier n&apos;est pas un fichier xmpp-partners&#xa0;: «&#xa0;%1&#xa0;» devrait valoir «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file has no valid format version (“%1” should be a whole number).</source>
        <translation>le fichier n&apos;a pas de version de format valide («&#xa0;%1&#xa0;» devrait être un nombre entier).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file was written by a newer version of xmpp-partners (format version %1; this version reads version %2). Open it with a newer version.</source>
        <translation>le fichier a été écrit par une version plus récente de xmpp-partners (version de format %1&#xa0;; cette version lit la version %2). Ouvrez-le avec une version plus récente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the key “%1” is missing or is not a list.</source>
        <translation>la clé «&#xa0;%1&#xa0;» est absente ou n&apos;est pas une liste.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the entry is not an object.</source>
        <translation>l&apos;entrée n&apos;est pas un objet.</translation>
    </message>
    <message>
        <location filename="../lib/file/partnerstore.cpp" line="+55"/>
        <source>the file is open in another program (%1, process %2 on %3). Close it there, then try again.</source>
        <translation>le fichier est ouvert dans un autre programme (%1, processus %2 sur %3). Fermez-le dans ce programme, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown program</source>
        <translation>programme inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown host</source>
        <translation>hôte inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is locked by another program (lock file %1).</source>
        <translation>le fichier est verrouillé par un autre programme (fichier de verrou %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the lock file %1 cannot be created; check that the folder is writable.</source>
        <translation>le fichier de verrou %1 ne peut pas être créé&#xa0;; vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the current file cannot be read to keep a backup: %1.</source>
        <translation>le fichier actuel ne peut pas être lu pour en conserver une sauvegarde&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 could not be written (%2): %3</source>
        <translation>%1 n&apos;a pas pu être écrit (étape&#xa0;: %2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <location filename="../lib/models/partnertablemodel.cpp" line="+175"/>
        <source>Primary domain</source>
        <translation>Domaine principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner type</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS</source>
        <comment>column: TLS negotiation</comment>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SASL</source>
        <comment>column: SASL negotiation</comment>
        <translation>SASL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialback</source>
        <comment>column: dialback negotiation</comment>
        <translation>Numérotation (dialback)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Additional domains</source>
        <translation>Domaines supplémentaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last test</source>
        <translation>Dernier test</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>TLS negotiation</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SASL negotiation</source>
        <translation>Négociation SASL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialback negotiation</source>
        <translation>Négociation de numérotation (dialback)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 at %2</source>
        <comment>last test: verdict at time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1: %2</source>
        <comment>verdict: advice</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not tested in this session.</source>
        <translation>Non testé pendant cette session.</translation>
    </message>
</context>
<context>
    <name>PartnerValidator</name>
    <message>
        <location filename="../lib/partners/partnervalidator.cpp" line="+41"/>
        <source>The primary domain is required.</source>
        <translation>Le domaine principal est obligatoire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The description is %1 characters long; the limit is %2.</source>
        <translation>La description compte %1 caractères&#xa0;; la limite est de %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Additional domain: %1</source>
        <translation>Domaine supplémentaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The additional domain “%1” is the primary domain.</source>
        <translation>Le domaine supplémentaire «&#xa0;%1&#xa0;» est le domaine principal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The additional domain “%1” is listed twice.</source>
        <translation>Le domaine supplémentaire «&#xa0;%1&#xa0;» figure deux fois dans la liste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The additional domain “%1” is not a subdomain of %2.</source>
        <translation>Le domaine supplémentaire «&#xa0;%1&#xa0;» n&apos;est pas un sous-domaine de %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Proxy FQDN: %1</source>
        <translation>FQDN du proxy&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection limit must be between %1 and %2; it is %3.</source>
        <translation>La limite de connexions doit être comprise entre %1 et %2&#xa0;; elle est de %3.</translation>
    </message>
</context>
<context>
    <name>PolicyCheck</name>
    <message>
        <location filename="../lib/probe/policycheck.cpp" line="+35"/>
        <source>This configuration is refused (“%1”); change the negotiation settings to a combination the Control Panel accepts.</source>
        <translation>Cette configuration est refusée («&#xa0;%1&#xa0;»)&#xa0;; modifiez les paramètres de négociation pour obtenir une combinaison que le Panneau de configuration accepte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The partner&apos;s TLS certificate expires within 30 days; ask the partner&apos;s administrator to renew it.</source>
        <translation>Le certificat TLS du partenaire expire dans moins de 30 jours&#xa0;; demandez à l&apos;administrateur du partenaire de le renouveler.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The partner&apos;s server did not answer with an XMPP stream; check the partner&apos;s domain or proxy FQDN and its DNS SRV records, and that the Edge server can reach it.</source>
        <translation>Le serveur du partenaire n&apos;a pas répondu par un flux XMPP&#xa0;; vérifiez le domaine ou le FQDN du proxy du partenaire et ses enregistrements DNS SRV, et assurez-vous que le serveur Edge peut l&apos;atteindre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The partner requires TLS but this configuration sets TLS negotiation to Not supported.</source>
        <translation>Le partenaire exige TLS, mais cette configuration définit la négociation TLS sur Non pris en charge.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This configuration sets TLS negotiation to Required but the partner&apos;s server does not offer STARTTLS; ask the partner&apos;s administrator to enable TLS, or set TLS negotiation to Optional to accept unencrypted TCP dialback.</source>
        <translation>Cette configuration définit la négociation TLS sur Obligatoire, mais le serveur du partenaire ne propose pas STARTTLS&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer TLS, ou définissez la négociation TLS sur Facultatif pour accepter la numérotation (dialback) sur TCP non chiffrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This configuration sets TLS negotiation to Required but the partner&apos;s server does not offer STARTTLS; ask the partner&apos;s administrator to enable TLS.</source>
        <translation>Cette configuration définit la négociation TLS sur Obligatoire, mais le serveur du partenaire ne propose pas STARTTLS&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer TLS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The partner&apos;s server does not offer STARTTLS, which SASL needs, and this configuration does not allow dialback; ask the partner&apos;s administrator to enable TLS, or enable dialback negotiation to accept unencrypted TCP dialback.</source>
        <translation>Le serveur du partenaire ne propose pas STARTTLS, que SASL requiert, et cette configuration n&apos;autorise pas la numérotation (dialback)&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer TLS, ou activez la négociation de numérotation (dialback) pour accepter la numérotation sur TCP non chiffrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partner&apos;s server does not offer STARTTLS, which SASL needs; ask the partner&apos;s administrator to enable TLS.</source>
        <translation>Le serveur du partenaire ne propose pas STARTTLS, que SASL requiert&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer TLS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The partner&apos;s server offers neither STARTTLS nor dialback; ask the partner&apos;s administrator to enable TLS or dialback.</source>
        <translation>Le serveur du partenaire ne propose ni STARTTLS ni la numérotation (dialback)&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer TLS ou la numérotation (dialback).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The partner&apos;s server was reached over direct TLS (XEP-0368), which this configuration refuses by setting TLS negotiation to Not supported; set TLS negotiation to Optional.</source>
        <translation>Le serveur du partenaire a été joint en TLS direct (XEP-0368), ce que cette configuration refuse en définissant la négociation TLS sur Non pris en charge&#xa0;; définissez la négociation TLS sur Facultatif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The partner&apos;s server offers no dialback on an unencrypted stream, the only kind this configuration allows; set TLS negotiation to Optional to use the TLS the partner offers.</source>
        <translation>Le serveur du partenaire ne propose pas la numérotation (dialback) sur un flux non chiffré, le seul type de flux que cette configuration autorise&#xa0;; définissez la négociation TLS sur Facultatif pour utiliser le TLS que propose le partenaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>The partner&apos;s server offers no dialback, the only method this configuration allows; ask the partner&apos;s administrator to enable dialback.</source>
        <translation>Le serveur du partenaire ne propose pas la numérotation (dialback), seule méthode que cette configuration autorise&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer la numérotation (dialback).</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The test ended before TLS was negotiated with the partner; check the report for the step that stopped it and run the test again.</source>
        <translation>Le test s&apos;est arrêté avant que TLS soit négocié avec le partenaire&#xa0;; recherchez dans le rapport l&apos;étape qui l&apos;a interrompu, puis relancez le test.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The partner&apos;s server offers neither dialback nor SASL EXTERNAL; ask the partner&apos;s administrator to enable dialback, or install a certificate for your domain from a CA the partner trusts so that it offers SASL EXTERNAL (XEP-0178).</source>
        <translation>Le serveur du partenaire ne propose ni la numérotation (dialback) ni SASL EXTERNAL&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer la numérotation (dialback), ou installez pour votre domaine un certificat émis par une autorité de certification approuvée par le partenaire afin qu&apos;il propose SASL EXTERNAL (XEP-0178).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partner&apos;s server offers SASL EXTERNAL but no dialback, the only method this configuration allows; set SASL negotiation to Optional, or ask the partner&apos;s administrator to enable dialback.</source>
        <translation>Le serveur du partenaire propose SASL EXTERNAL mais pas la numérotation (dialback), seule méthode que cette configuration autorise&#xa0;; définissez la négociation SASL sur Facultatif, ou demandez à l&apos;administrateur du partenaire d&apos;activer la numérotation (dialback).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The partner&apos;s server requires TLS but offers dialback only before TLS, not on the encrypted stream; ask the partner&apos;s administrator to offer dialback after TLS.</source>
        <translation>Le serveur du partenaire exige TLS, mais ne propose la numérotation (dialback) qu&apos;avant TLS, et non sur le flux chiffré&#xa0;; demandez à l&apos;administrateur du partenaire de proposer la numérotation (dialback) après TLS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The partner&apos;s server offers dialback only on the unencrypted stream, which this configuration refuses by requiring TLS; ask the partner&apos;s administrator to offer dialback after TLS, or set TLS negotiation to Optional to accept unencrypted TCP dialback.</source>
        <translation>Le serveur du partenaire ne propose la numérotation (dialback) que sur le flux non chiffré, ce que cette configuration refuse en exigeant TLS&#xa0;; demandez à l&apos;administrateur du partenaire de proposer la numérotation (dialback) après TLS, ou définissez la négociation TLS sur Facultatif pour accepter la numérotation (dialback) sur TCP non chiffrée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The partner&apos;s server offers no authentication method that this configuration allows; compare the features in this report with the negotiation settings.</source>
        <translation>Le serveur du partenaire ne propose aucune méthode d&apos;authentification autorisée par cette configuration&#xa0;; comparez les fonctionnalités indiquées dans ce rapport avec les paramètres de négociation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TLS negotiation with the partner did not complete; ask the partner&apos;s administrator to check its TLS setup.</source>
        <translation>La négociation TLS avec le partenaire n&apos;a pas abouti&#xa0;; demandez à l&apos;administrateur du partenaire de vérifier sa configuration TLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS negotiation with the partner failed (%1); correct that error, for a certificate error by trusting the issuing CA here or by asking the partner for a valid certificate for its domain.</source>
        <translation>La négociation TLS avec le partenaire a échoué (%1)&#xa0;; corrigez cette erreur (pour une erreur de certificat, approuvez ici l&apos;autorité de certification émettrice ou demandez au partenaire un certificat valide pour son domaine).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only TCP dialback is usable because TLS negotiation did not complete, so traffic with this partner is not encrypted; ask the partner&apos;s administrator to check its TLS setup.</source>
        <translation>La négociation TLS n&apos;ayant pas abouti, seule la numérotation (dialback) sur TCP est utilisable et le trafic avec ce partenaire n&apos;est pas chiffré&#xa0;; demandez à l&apos;administrateur du partenaire de vérifier sa configuration TLS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only TCP dialback is usable because TLS failed (%1), so traffic with this partner is not encrypted; correct that TLS error.</source>
        <translation>TLS ayant échoué (%1), seule la numérotation (dialback) sur TCP est utilisable et le trafic avec ce partenaire n&apos;est pas chiffré&#xa0;; corrigez cette erreur TLS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only TCP dialback is usable, so traffic with this partner is not encrypted; set TLS negotiation to Optional to use the TLS the partner offers.</source>
        <translation>Seule la numérotation (dialback) sur TCP est utilisable, donc le trafic avec ce partenaire n&apos;est pas chiffré&#xa0;; définissez la négociation TLS sur Facultatif pour utiliser le TLS que propose le partenaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only TCP dialback is usable because neither side uses TLS, so traffic with this partner is not encrypted; ask the partner&apos;s administrator to enable TLS and set TLS negotiation to Optional.</source>
        <translation>Aucun des deux côtés n&apos;utilisant TLS, seule la numérotation (dialback) sur TCP est utilisable et le trafic avec ce partenaire n&apos;est pas chiffré&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer TLS, puis définissez la négociation TLS sur Facultatif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only TCP dialback is usable because the partner&apos;s server does not offer STARTTLS, so traffic with this partner is not encrypted; ask the partner&apos;s administrator to enable TLS.</source>
        <translation>Le serveur du partenaire ne proposant pas STARTTLS, seule la numérotation (dialback) sur TCP est utilisable et le trafic avec ce partenaire n&apos;est pas chiffré&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer TLS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only TCP dialback is usable, so traffic with this partner is not encrypted: after TLS the partner&apos;s server offers neither dialback nor SASL EXTERNAL; ask the partner&apos;s administrator to offer dialback after TLS, or install a certificate for your domain from a CA the partner trusts (XEP-0178).</source>
        <translation>Seule la numérotation (dialback) sur TCP est utilisable, donc le trafic avec ce partenaire n&apos;est pas chiffré&#xa0;: après TLS, le serveur du partenaire ne propose ni la numérotation (dialback) ni SASL EXTERNAL&#xa0;; demandez à l&apos;administrateur du partenaire de proposer la numérotation (dialback) après TLS, ou installez pour votre domaine un certificat émis par une autorité de certification approuvée par le partenaire (XEP-0178).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only TCP dialback is usable, so traffic with this partner is not encrypted: the partner&apos;s server offers no dialback after TLS; ask the partner&apos;s administrator to offer it.</source>
        <translation>Seule la numérotation (dialback) sur TCP est utilisable, donc le trafic avec ce partenaire n&apos;est pas chiffré&#xa0;: le serveur du partenaire ne propose pas la numérotation (dialback) après TLS&#xa0;; demandez à l&apos;administrateur du partenaire de la proposer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The partner&apos;s server did not offer SASL EXTERNAL, which it offers only to a server presenting a client certificate it trusts (XEP-0178); install a certificate for your domain from a CA the partner trusts, or enable dialback negotiation to accept unencrypted TCP dialback.</source>
        <translation>Le serveur du partenaire n&apos;a pas proposé SASL EXTERNAL, qu&apos;il ne propose qu&apos;à un serveur présentant un certificat client qu&apos;il approuve (XEP-0178)&#xa0;; installez pour votre domaine un certificat émis par une autorité de certification approuvée par le partenaire, ou activez la négociation de numérotation (dialback) pour accepter la numérotation sur TCP non chiffrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The partner&apos;s server did not offer SASL EXTERNAL, which it offers only to a server presenting a client certificate it trusts (XEP-0178); install a certificate for your domain from a CA the partner trusts, or enable dialback negotiation.</source>
        <translation>Le serveur du partenaire n&apos;a pas proposé SASL EXTERNAL, qu&apos;il ne propose qu&apos;à un serveur présentant un certificat client qu&apos;il approuve (XEP-0178)&#xa0;; installez pour votre domaine un certificat émis par une autorité de certification approuvée par le partenaire, ou activez la négociation de numérotation (dialback).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The partner&apos;s server did not offer SASL EXTERNAL, which it offers only to a server presenting a client certificate it trusts (XEP-0178); install a certificate for your domain from a CA the partner trusts, or set SASL negotiation to Optional so that dialback can be used.</source>
        <translation>Le serveur du partenaire n&apos;a pas proposé SASL EXTERNAL, qu&apos;il ne propose qu&apos;à un serveur présentant un certificat client qu&apos;il approuve (XEP-0178)&#xa0;; installez pour votre domaine un certificat émis par une autorité de certification approuvée par le partenaire, ou définissez la négociation SASL sur Facultatif afin de pouvoir utiliser la numérotation (dialback).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partner&apos;s server did not offer SASL EXTERNAL, which it offers only to a server presenting a client certificate it trusts (XEP-0178); install a certificate for your domain from a CA the partner trusts, or set SASL negotiation to Optional and enable dialback negotiation.</source>
        <translation>Le serveur du partenaire n&apos;a pas proposé SASL EXTERNAL, qu&apos;il ne propose qu&apos;à un serveur présentant un certificat client qu&apos;il approuve (XEP-0178)&#xa0;; installez pour votre domaine un certificat émis par une autorité de certification approuvée par le partenaire, ou définissez la négociation SASL sur Facultatif et activez la négociation de numérotation (dialback).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The partner&apos;s server did not offer SASL EXTERNAL, which it offers only to a server presenting a client certificate it trusts (XEP-0178); install a certificate for your domain from a CA the partner trusts.</source>
        <translation>Le serveur du partenaire n&apos;a pas proposé SASL EXTERNAL, qu&apos;il ne propose qu&apos;à un serveur présentant un certificat client qu&apos;il approuve (XEP-0178)&#xa0;; installez pour votre domaine un certificat émis par une autorité de certification approuvée par le partenaire.</translation>
    </message>
</context>
<context>
    <name>PowerShellExporter</name>
    <message>
        <location filename="../app/support/powershellexporter.cpp" line="+19"/>
        <source>partners</source>
        <translation>partenaires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export as PowerShell script</source>
        <translation>Exporter en script PowerShell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerShell scripts (*.ps1);;All files (*)</source>
        <translation>Scripts PowerShell (*.ps1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot export the partners</source>
        <translation>Impossible d&apos;exporter les partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PowerShellScriptReader</name>
    <message>
        <location filename="../lib/formats/powershellcommandparser.cpp" line="+74"/>
        <source>line %1: the value “%2” is not given to any parameter.</source>
        <translation>ligne %1&#xa0;: la valeur «&#xa0;%2&#xa0;» n&apos;est donnée à aucun paramètre.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>line %1: -%2 has no value.</source>
        <translation>ligne %1&#xa0;: -%2 n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: -%2 is given twice.</source>
        <translation>ligne %1&#xa0;: -%2 est donné deux fois.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: the command has no -Identity.</source>
        <translation>ligne %1&#xa0;: la commande n&apos;a pas de -Identity.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>line %1: -%2 is not a parameter of %3.</source>
        <translation>ligne %1&#xa0;: -%2 n&apos;est pas un paramètre de %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1: -%2 is ambiguous: it could be %3.</source>
        <translation>ligne %1&#xa0;: -%2 est ambigu&#xa0;: ce peut être %3.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>line %1: -%2 takes one value, not a list.</source>
        <translation>ligne %1&#xa0;: -%2 prend une seule valeur, pas une liste.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: -%2 takes the variable $%3, whose value the script computes; write the value itself.</source>
        <translation>ligne %1&#xa0;: -%2 prend la variable $%3, dont le script calcule la valeur&#xa0;; écrivez la valeur elle-même.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: the value of -%2 is a double-quoted string that PowerShell expands; write it in single quotes.</source>
        <translation>ligne %1&#xa0;: la valeur de -%2 est une chaîne entre guillemets doubles que PowerShell développe&#xa0;; écrivez-la entre apostrophes.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>line %1: -%2 takes $true or $false.</source>
        <translation>ligne %1&#xa0;: -%2 prend $true ou $false.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line %1: -%2 takes @{Add=…} or @{Replace=…}, not @{%3=…}.</source>
        <translation>ligne %1&#xa0;: -%2 prend @{Add=…} ou @{Replace=…}, pas @{%3=…}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>line %1: the value of -%2 is an expression that PowerShell computes; write the value itself.</source>
        <translation>ligne %1&#xa0;: la valeur de -%2 est une expression que PowerShell calcule&#xa0;; écrivez la valeur elle-même.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>line %1: -Identity is empty.</source>
        <translation>ligne %1&#xa0;: -Identity est vide.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>line %1: -%2 takes a whole number, not “%3”.</source>
        <translation>ligne %1&#xa0;: -%2 prend un nombre entier, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1: -%2 takes %3, not “%4”.</source>
        <translation>ligne %1&#xa0;: -%2 prend %3, pas «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <location filename="../lib/formats/powershellscriptreader.cpp" line="+65"/>
        <source>The script is larger than %1 MiB.</source>
        <translation>Le script dépasse %1 Mio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The script is not UTF-8 or UTF-16 text. Save it as UTF-8 and import it again.</source>
        <translation>Le script n&apos;est pas du texte UTF-8 ou UTF-16. Enregistrez-le en UTF-8 et importez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line %1: a &lt;# comment is not closed before the end of the script.</source>
        <translation>Ligne %1&#xa0;: un commentaire &lt;# n&apos;est pas fermé avant la fin du script.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: a string is not closed before the end of the script.</source>
        <translation>Ligne %1&#xa0;: une chaîne n&apos;est pas fermée avant la fin du script.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The script has more than %1 partner commands.</source>
        <translation>Le script a plus de %1 commandes de partenaire.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The script has no %1 command.</source>
        <translation>Le script n&apos;a aucune commande %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>line %1: %2 changes only the settings it names, so it does not describe a whole partner; the import reads %3 commands.</source>
        <translation>ligne %1&#xa0;: %2 ne change que les paramètres qu&apos;il nomme et ne décrit donc pas un partenaire entier&#xa0;; l&apos;importation lit les commandes %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row %1, %2</source>
        <translation>Commande %1, %2</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="-145"/>
        <source>Test the connection to XMPP federated partners.</source>
        <translation>Teste la connexion aux partenaires fédérés XMPP.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Test the partners of FILE.</source>
        <translation>Teste les partenaires de FICHIER.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Test only this domain (repeatable).</source>
        <translation>Teste uniquement ce domaine (option répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>DOMAIN</source>
        <translation>DOMAINE</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The local XMPP domain the test speaks for.</source>
        <translation>Domaine XMPP local au nom duquel le test se présente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to this server instead of looking it up.</source>
        <translation>Se connecte à ce serveur au lieu de le rechercher dans le DNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST[:PORT]</source>
        <translation>HÔTE[:PORT]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask this DNS server.</source>
        <translation>Interroge ce serveur DNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the CAs of this PEM file.</source>
        <translation>Approuve aussi les AC (autorités de certification) de ce fichier PEM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client certificate (PEM) for SASL EXTERNAL.</source>
        <translation>Certificat client (PEM) pour SASL EXTERNAL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private key of the client certificate.</source>
        <translation>Clé privée du certificat client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds each step may take (default 10).</source>
        <translation>Durée maximale de chaque étape, en secondes (10 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tests run at once (default 16).</source>
        <translation>Nombre de tests simultanés (16 par défaut).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the full reports as JSON.</source>
        <translation>Affiche les rapports complets au format JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language: %1.</source>
        <translation>Langue de l&apos;interface&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANGUAGE</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>file</source>
        <comment>command-line argument</comment>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner file to open in the window.</source>
        <translation>Fichier de partenaires à ouvrir dans la fenêtre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[file]</source>
        <comment>command-line syntax</comment>
        <translation>[fichier]</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>--check needs a partner file.</source>
        <translation>--check nécessite un fichier de partenaires.</translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="+38"/>
        <source>the local XMPP domain is not set: give --local-domain DOMAIN.</source>
        <translation>le domaine XMPP local n&apos;est pas défini&#xa0;; indiquez --local-domain DOMAINE.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+64"/>
        <source>“%1” is not an IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="-13"/>
        <source>a PEM --client-cert needs its --client-key.</source>
        <translation>un certificat --client-cert au format PEM nécessite sa clé --client-key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--client-key needs --client-cert.</source>
        <translation>--client-key nécessite --client-cert.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 is not a domain of any partner in %2.</source>
        <translation>%1 n&apos;est le domaine d&apos;aucun partenaire de %2.</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <location filename="../lib/report/probereport.cpp" line="+30"/>
        <source>Resolve</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open stream</source>
        <translation>Ouverture du flux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS and certificate</source>
        <translation>STARTTLS et certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart stream</source>
        <translation>Redémarrage du flux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authenticate</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not run</source>
        <comment>step state</comment>
        <translation>Non exécutée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <comment>step state</comment>
        <translation>Réussie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <comment>step state</comment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <comment>step state</comment>
        <translation>En échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <comment>step state</comment>
        <translation>Ignorée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <comment>step state</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pass</source>
        <comment>connection test verdict</comment>
        <translation>Réussi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <comment>connection test verdict</comment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fail</source>
        <comment>connection test verdict</comment>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SENT</source>
        <comment>transcript: written by the test</comment>
        <translation>ÉMIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RECV</source>
        <comment>transcript: read from the server</comment>
        <translation>REÇU</translation>
    </message>
    <message>
        <location filename="../lib/report/probereporthtml.cpp" line="+120"/>
        <location line="+16"/>
        <source>Connection test: %1</source>
        <translation>Test de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>method: %1</source>
        <translation>méthode&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Local domain: %1</source>
        <translation>Domaine local&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started: %1</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DNS records</source>
        <translation>Enregistrements DNS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS: %1, %2</source>
        <translation>TLS&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Features offered</source>
        <translation>Fonctionnalités proposées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before TLS: %1</source>
        <translation>Avant TLS&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After TLS: %1</source>
        <translation>Après TLS&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transcript</source>
        <translation>Journal des échanges</translation>
    </message>
</context>
<context>
    <name>ProbeReportDialog</name>
    <message>
        <location filename="../forms/probereportdialog.ui" line="+14"/>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Domain:</source>
        <translation>Domaine&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tested domain</source>
        <translation>Domaine testé</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps of the test</source>
        <translation>Étapes du test</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>DNS records</source>
        <translation>Enregistrements DNS</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Transcript</source>
        <translation>Journal des échanges</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the report as text</source>
        <translation>Copier le rapport au format texte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as &amp;HTML…</source>
        <translation>Enregistrer en &amp;HTML…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as &amp;JSON…</source>
        <translation>Enregistrer en &amp;JSON…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>C&amp;ancel test</source>
        <translation>&amp;Annuler le test</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../app/probe/probereportdialog.cpp" line="+67"/>
        <location line="+61"/>
        <location line="+123"/>
        <source>Connection test: %1</source>
        <translation>Test de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+70"/>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Testing… %1 of %2 done</source>
        <comment>tests done of all</comment>
        <translation>Test en cours… %1 sur %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+80"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>&lt;b&gt;Testing %1…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Test de %1 en cours…&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before TLS: %1</source>
        <translation>Avant TLS&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After TLS: %1</source>
        <translation>Après TLS&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS: %1, %2</source>
        <translation>TLS&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Verdict: %1</source>
        <translation>Verdict&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 (%3 ms) %4</source>
        <comment>step: state (duration) details</comment>
        <translation>%1&#xa0;: %2 (%3&#xa0;ms) — %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the report as HTML</source>
        <translation>Enregistrer le rapport en HTML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the report as JSON</source>
        <translation>Enregistrer le rapport en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML pages (*.html)</source>
        <translation>Pages HTML (*.html)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save the report</source>
        <translation>Impossible d&apos;enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProbeRunController</name>
    <message>
        <location filename="../app/probe/proberuncontroller.cpp" line="+49"/>
        <source>Before the first test, enter the local XMPP domain: the test opens its streams from it, as your Edge server would.</source>
        <translation>Avant le premier test, entrez le domaine XMPP local&#xa0;: le test ouvre ses flux depuis ce domaine, comme le ferait votre serveur Edge.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection tests are already running. Wait for them or cancel them.</source>
        <translation>Des tests de connexion sont déjà en cours. Attendez qu&apos;ils se terminent ou annulez-les.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProbeRunExporter</name>
    <message>
        <location filename="../app/probe/proberunexporter.cpp" line="+69"/>
        <source>connection-test-%1</source>
        <comment>file name; %1: date and time of the run</comment>
        <translation>test-de-connexion-%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot save the test report</source>
        <translation>Impossible d&apos;enregistrer le rapport de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be written to %1: %2</source>
        <translation>Le rapport n&apos;a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the test report</source>
        <translation>Enregistrer le rapport de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML pages (*.html);;JSON files (*.json);;PDF documents (*.pdf)</source>
        <translation>Pages HTML (*.html);;Fichiers JSON (*.json);;Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the test report as PDF</source>
        <translation>Exporter le rapport de test en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print the test report</source>
        <translation>Imprimer le rapport de test</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot print the test report</source>
        <translation>Impossible d&apos;imprimer le rapport de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be printed to %1.</source>
        <translation>Le rapport n&apos;a pas pu être imprimé vers %1.</translation>
    </message>
</context>
<context>
    <name>ProbeRunReport</name>
    <message>
        <location filename="../lib/report/proberunreport.cpp" line="+146"/>
        <source>Cancelled</source>
        <comment>connection test outcome</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tested</source>
        <comment>connection test outcome</comment>
        <translation>Non testé</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1, %2, %3</source>
        <comment>passed, with a warning, failed</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passed</source>
        <comment>test run summary</comment>
        <translation>
            <numerusform>%n réussi</numerusform>
            <numerusform>%n réussis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with a warning</source>
        <comment>test run summary</comment>
        <translation>
            <numerusform>%n avec avertissement</numerusform>
            <numerusform>%n avec avertissement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <comment>test run summary</comment>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <comment>counts, not tested</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not tested</source>
        <comment>test run summary</comment>
        <translation>
            <numerusform>%n non testé</numerusform>
            <numerusform>%n non testés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <comment>partners, domains</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n partner(s)</source>
        <comment>test run summary</comment>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n domain(s)</source>
        <comment>test run summary</comment>
        <translation>
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/report/proberunreporthtml.cpp" line="+24"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner file: %1</source>
        <translation>Fichier de partenaires&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Started: %1</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Duration: %1 s</source>
        <translation>Durée&#xa0;: %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local domain: %1</source>
        <translation>Domaine local&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS server: %1</source>
        <translation>Serveur DNS&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system&apos;s</source>
        <translation>celui du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every test connected to: %1</source>
        <translation>Chaque test s&apos;est connecté à&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra CA certificates: %1</source>
        <translation>Autres certificats d&apos;AC&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate: %1</source>
        <translation>Certificat client&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step timeout: %1 s; total budget: %2 s; parallel tests: %3</source>
        <translation>Délai par étape&#xa0;: %1 s&#xa0;; délai total&#xa0;: %2 s&#xa0;; tests en parallèle&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <location filename="../lib/report/proberunreport.cpp" line="-37"/>
        <source>The run was cancelled before this test started.</source>
        <translation>Les tests ont été annulés avant le début de celui-ci.</translation>
    </message>
    <message>
        <location filename="../lib/report/proberunreporthtml.cpp" line="+34"/>
        <source>Partner: %1</source>
        <translation>Partenaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner type: %1</source>
        <translation>Type de partenaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS negotiation: %1; SASL negotiation: %2; dialback negotiation: %3</source>
        <translation>Négociation TLS&#xa0;: %1&#xa0;; négociation SASL&#xa0;: %2&#xa0;; négociation de numérotation (dialback)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proxy FQDN: %1</source>
        <translation>FQDN du proxy&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Domain: %1</source>
        <translation>Domaine&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS: %1, %2</source>
        <translation>TLS&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>Connection test report</source>
        <translation>Rapport de test de connexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The run was cancelled; the domains it did not finish are marked Cancelled or Not tested.</source>
        <translation>Les tests ont été annulés&#xa0;; les domaines non terminés sont marqués Annulé ou Non testé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>ProbeRunWindow</name>
    <message>
        <location filename="../forms/proberunwindow.ui" line="+14"/>
        <location filename="../app/probe/proberunwindow.cpp" line="+126"/>
        <source>Test all results</source>
        <translation>Résultats du test de tous les partenaires</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run details</source>
        <translation>Détails des tests</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Result of each domain</source>
        <translation>Résultat de chaque domaine</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the report as an HTML page, a JSON file or a PDF document</source>
        <translation>Enregistrer le rapport en page HTML, en fichier JSON ou en document PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export as PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the report as a PDF document, ready to print or send</source>
        <translation>Enregistrer le rapport en document PDF, prêt à imprimer ou à envoyer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../app/probe/proberunwindow.cpp" line="-34"/>
        <source>Started %1, took %2 s; local domain %3.</source>
        <comment>test run: date, seconds, local domain</comment>
        <translation>Lancés le %1, durée %2 s&#xa0;; domaine local %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run was cancelled.</source>
        <translation>Les tests ont été annulés.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Test all results: %1</source>
        <translation>Résultats du test de tous les partenaires&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProbeSettingsDialog</name>
    <message>
        <location filename="../forms/probesettingsdialog.ui" line="+14"/>
        <source>Connection test settings</source>
        <translation>Paramètres du test de connexion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Local XMPP domain:</source>
        <translation>Domaine XMPP local&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Local XMPP domain</source>
        <translation>Domaine XMPP local</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lync.contoso.com</source>
        <translation>lync.contoso.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The XMPP domain of this deployment: the test opens its streams from this domain.</source>
        <translation>Domaine XMPP de ce déploiement&#xa0;: le test ouvre ses flux à partir de ce domaine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DNS server:</source>
        <translation>Serveur DNS&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system resolver</source>
        <translation>Résolveur du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An IP address to ask for SRV records instead of the system resolver, to compare internal and public views.</source>
        <translation>Adresse IP à interroger sur les enregistrements SRV au lieu du résolveur du système, pour comparer les vues interne et publique.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extra CA certificates:</source>
        <translation>Autres certificats d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/probe/probesettingsdialog.cpp" line="+27"/>
        <source>Extra CA certificates</source>
        <translation>Autres certificats d&apos;AC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM file, trusted besides the system CAs</source>
        <translation>Fichier PEM, approuvé en plus des AC du système</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <location line="+37"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Browse for extra ca certificates</source>
        <translation>Parcourir pour choisir les autres certificats d&apos;AC</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client certificate:</source>
        <translation>Certificat client&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/probe/probesettingsdialog.cpp" line="+2"/>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM or PKCS#12 file, for SASL EXTERNAL</source>
        <translation>Fichier PEM ou PKCS#12, pour SASL EXTERNAL</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Browse for client certificate</source>
        <translation>Parcourir pour choisir le certificat client</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client key:</source>
        <translation>Clé privée du client&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/probe/probesettingsdialog.cpp" line="+4"/>
        <source>Client key</source>
        <translation>Clé privée du client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM file (not needed for PKCS#12)</source>
        <translation>Fichier PEM (inutile avec PKCS#12)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Browse for client key</source>
        <translation>Parcourir pour choisir la clé client</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key password:</source>
        <translation>Mot de passe de la clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key password</source>
        <translation>Mot de passe de la clé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept for this session only</source>
        <translation>Conservé pour cette session uniquement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step timeout:</source>
        <translation>Délai par étape&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step timeout</source>
        <translation>Délai par étape</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+26"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Total budget:</source>
        <translation>Délai total&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total budget per test</source>
        <translation>Délai total par test</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Parallel tests:</source>
        <translation>Tests en parallèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parallel tests for Test all</source>
        <translation>Tests en parallèle pour «&#xa0;Tester tous les partenaires&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/probe/probesettingsdialog.cpp" line="-8"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Clés (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The local XMPP domain is required: the test opens its streams from it.</source>
        <translation>Le domaine XMPP local est obligatoire&#xa0;: le test ouvre ses flux à partir de ce domaine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local XMPP domain: %1</source>
        <translation>Domaine XMPP local&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The DNS server “%1” is not an IP address.</source>
        <translation>Le serveur DNS «&#xa0;%1&#xa0;» n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A PEM client certificate needs its key file.</source>
        <translation>Un certificat client PEM nécessite son fichier de clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The total budget is shorter than one step&apos;s timeout.</source>
        <translation>Le délai total est inférieur au délai d&apos;une étape.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <location filename="../lib/partners/serveraddress.cpp" line="+47"/>
        <source>The server address is empty.</source>
        <translation>L&apos;adresse du serveur est vide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” opens “[” without closing it.</source>
        <translation>«&#xa0;%1&#xa0;» ouvre un crochet «&#xa0;[&#xa0;» sans le refermer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” has text after “]” that is not a port.</source>
        <translation>«&#xa0;%1&#xa0;» contient après «&#xa0;]&#xa0;» du texte qui n&apos;est pas un port.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an IPv6 address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv6.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a valid address. Write an IPv6 address with a port as [address]:port.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse valide. Écrivez une adresse IPv6 suivie d&apos;un port sous la forme [adresse]:port.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a port number between 1 and 65535.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de port compris entre 1 et 65535.</translation>
    </message>
</context>
<context>
    <name>ServerResolver</name>
    <message>
        <location filename="../lib/probe/serverresolver.cpp" line="+17"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The server address “%1” is not valid: %2</source>
        <translation>L&apos;adresse de serveur «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting to %1 as configured; SRV records were not looked up.</source>
        <translation>Connexion à %1 selon la configuration&#xa0;; les enregistrements SRV n&apos;ont pas été recherchés.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1: no record.</source>
        <translation>%1&#xa0;: aucun enregistrement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: target “.”, the service is not offered.</source>
        <translation>%1&#xa0;: cible «&#xa0;.&#xa0;», le service n&apos;est pas proposé.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1: %n record(s).</source>
        <translation>
            <numerusform>%1&#xa0;: %n enregistrement.</numerusform>
            <numerusform>%1&#xa0;: %n enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The DNS of %1 says it offers no XMPP server-to-server service (SRV target “.”).</source>
        <translation>D&apos;après le DNS, %1 ne propose aucun service XMPP de serveur à serveur (cible SRV «&#xa0;.&#xa0;»).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No SRV record: falling back to %1 on port %2 (A/AAAA records).</source>
        <translation>Aucun enregistrement SRV&#xa0;: repli sur %1, port %2 (enregistrements A/AAAA).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The DNS lookup of %1 failed.</source>
        <translation>La recherche DNS de %1 a échoué.</translation>
    </message>
</context>
<context>
    <name>XmppStreamReader</name>
    <message>
        <location filename="../lib/probe/xmppstreamreader.cpp" line="+66"/>
        <source>The stream header is larger than %1 KiB.</source>
        <translation>L&apos;en-tête du flux dépasse %1 Kio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An element of the stream is larger than %1 KiB.</source>
        <translation>Un élément du flux dépasse %1 Kio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server declared the encoding %1; XMPP requires UTF-8 (RFC 6120 §11.6).</source>
        <translation>Le serveur a déclaré l&apos;encodage %1&#xa0;; XMPP exige UTF-8 (RFC 6120 §11.6).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server sent data that is not valid XML: it is not UTF-8 text, which XMPP requires (RFC 6120 §11.6).</source>
        <translation>Le serveur a envoyé des données qui ne sont pas du XML valide&#xa0;: ce n&apos;est pas du texte UTF-8, ce que XMPP exige (RFC 6120 §11.6).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+64"/>
        <source>The server sent data that is not valid XML: %1 (line %2, column %3).</source>
        <translation>Le serveur a envoyé des données qui ne sont pas du XML valide&#xa0;: %1 (ligne %2, colonne %3).</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The server sent a document type declaration (DTD), which XMPP forbids (RFC 6120 §11.1); the stream was refused.</source>
        <translation>Le serveur a envoyé une déclaration de type de document (DTD), ce que XMPP interdit (RFC 6120 §11.1)&#xa0;; le flux a été refusé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent an undeclared entity reference (&amp;%1;).</source>
        <translation>Le serveur a envoyé une référence d&apos;entité non déclarée (&amp;%1;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server did not open an XMPP stream (it sent &lt;%1&gt; instead).</source>
        <translation>Le serveur n&apos;a pas ouvert de flux XMPP (il a envoyé &lt;%1&gt; à la place).</translation>
    </message>
</context>
</TS>
