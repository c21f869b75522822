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
        <location filename="../app/support/backgroundtask.cpp" line="+72"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CertificateCell</name>
    <message>
        <location filename="../lib/models/certificatecell.cpp" line="+22"/>
        <location filename="../app/editor/partneritemdelegate.cpp" line="+120"/>
        <source>Expired</source>
        <comment>certificate</comment>
        <translation>Expiré</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../app/editor/partneritemdelegate.cpp" line="+1"/>
        <source>%n day(s)</source>
        <comment>certificate: days left</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: expired on %2</source>
        <comment>certificate: domain, date</comment>
        <translation>%1&#xa0;: expiré le %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: valid until %2, %n day(s) left</source>
        <comment>certificate: domain, date</comment>
        <translation>
            <numerusform>%1&#xa0;: valide jusqu&apos;au %2, %n jour restant</numerusform>
            <numerusform>%1&#xa0;: valide jusqu&apos;au %2, %n jours restants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateCheck</name>
    <message>
        <location filename="../lib/certificates/certificatecheck.cpp" line="+24"/>
        <source>Trust: %1</source>
        <translation>Confiance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust: no trusted certificate authority (%1), but a TLSA record authenticates the server (DANE); Lync Server and Skype for Business do not use DANE, so the Edge server accepts this certificate only if its issuer is among the Edge server&apos;s trusted root certificates.</source>
        <translation>Confiance&#xa0;: aucune autorité de certification approuvée (%1), mais un enregistrement TLSA authentifie le serveur (DANE)&#xa0;; Lync Server et Skype Entreprise n&apos;utilisent pas DANE, le serveur Edge n&apos;accepte donc ce certificat que si son émetteur figure parmi ses certificats racines approuvés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust: not trusted: %1</source>
        <translation>Confiance&#xa0;: non approuvé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identity: %1</source>
        <translation>Identité&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Identity: not matched (%1), but a DANE-EE TLSA record authenticates the server&apos;s key, which needs no name (RFC 7671 §5.1).</source>
        <translation>Identité&#xa0;: non reconnue (%1), mais un enregistrement TLSA DANE-EE authentifie la clé du serveur, ce qui ne demande aucun nom (RFC 7671 §5.1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity: not matched: %1</source>
        <translation>Identité&#xa0;: non reconnue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CertificateNames</name>
    <message>
        <location filename="../lib/certificates/certificatenames.cpp" line="+144"/>
        <source>DNS name</source>
        <comment>certificate name type: subjectAltName dNSName</comment>
        <translation>nom DNS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SRV-ID</source>
        <comment>certificate name type: otherName id-on-dnsSRV</comment>
        <translation>SRV-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XmppAddr</source>
        <comment>certificate name type: otherName id-on-xmppAddr</comment>
        <translation>XmppAddr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>common name (CN)</source>
        <comment>certificate name type: the subject&apos;s CN</comment>
        <translation>nom commun (CN)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2)</source>
        <comment>a certificate name and its type</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CertificateText</name>
    <message>
        <location filename="../lib/certificates/certificatetext.cpp" line="+20"/>
        <source>The certificate presented by %1 names no domain at all, so not %2: the partner&apos;s server (for a Lync partner, the Access Edge&apos;s external certificate) must carry %2 among its subject alternative names.</source>
        <translation>Le certificat présenté par %1 ne nomme aucun domaine, donc pas %2&#xa0;: le serveur du partenaire (pour un partenaire Lync, le certificat externe du service Edge d&apos;accès) doit porter %2 parmi ses autres noms de l&apos;objet (subject alternative names).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate presented by %1 names %2 but not %3: the partner&apos;s server (for a Lync partner, the Access Edge&apos;s external certificate) must carry %3 among its subject alternative names.</source>
        <translation>Le certificat présenté par %1 nomme %2 mais pas %3&#xa0;: le serveur du partenaire (pour un partenaire Lync, le certificat externe du service Edge d&apos;accès) doit porter %3 parmi ses autres noms de l&apos;objet (subject alternative names).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Its common name (CN) is %1, but a certificate that has subject alternative names is matched by those alone (RFC 6125).</source>
        <translation>Son nom commun (CN) est %1, mais un certificat qui a d&apos;autres noms de l&apos;objet (subject alternative names) n&apos;est reconnu que par ceux-ci (RFC 6125).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The certificate names no domain, so not %1.</source>
        <translation>Le certificat ne nomme aucun domaine, donc pas %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate names %1; none is %2.</source>
        <translation>Le certificat nomme %1&#xa0;; aucun n&apos;est %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>matched %1 by its common name (CN) %2 alone, as the certificate has no subject alternative name; RFC 6125 deprecates this, and the certificate should carry %1 as a subject alternative name</source>
        <translation>%1 reconnu par son seul nom commun (CN) %2, le certificat n&apos;ayant aucun autre nom de l&apos;objet (subject alternative name)&#xa0;; la RFC 6125 le déconseille, et le certificat devrait porter %1 comme autre nom de l&apos;objet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>matched %1 by %2 %3 (wildcard)</source>
        <translation>%1 reconnu par le %2 %3 (caractère générique)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>matched %1 by %2 %3</source>
        <translation>%1 reconnu par le %2 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The certificate chain presented by %1 leads to %2, which is not a trusted CA here (neither a system CA nor in the extra CA file); if you trust that CA, add it to the extra CA file of the connection test settings and to the Edge server&apos;s trusted root certificates, or ask the partner for a certificate from a public CA.</source>
        <translation>La chaîne de certificats présentée par %1 mène à %2, qui n&apos;est pas ici une autorité de certification approuvée (ni une AC du système, ni une AC du fichier des autres certificats d&apos;AC)&#xa0;; si vous faites confiance à cette AC, ajoutez-la au fichier des autres certificats d&apos;AC des paramètres du test de connexion et aux certificats racines approuvés du serveur Edge, ou demandez au partenaire un certificat d&apos;une AC publique.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The certificate presented by %1 (%2) is self-signed and is not trusted here (neither a system CA nor in the extra CA file); ask the partner&apos;s administrator for a certificate from a CA, or, if you trust this one, add it to the extra CA file.</source>
        <translation>Le certificat présenté par %1 (%2) est auto-signé et n&apos;est pas approuvé ici (ni AC du système, ni dans le fichier des autres certificats d&apos;AC)&#xa0;; demandez à l&apos;administrateur du partenaire un certificat émis par une AC, ou, si vous faites confiance à celui-ci, ajoutez-le au fichier des autres certificats d&apos;AC.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate %1 in the chain presented by %2 expired on %3; ask the partner&apos;s administrator to renew it.</source>
        <translation>Le certificat %1 de la chaîne présentée par %2 a expiré le %3&#xa0;; demandez à l&apos;administrateur du partenaire de le renouveler.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate %1 in the chain presented by %2 is not valid before %3; check this computer&apos;s clock, or ask the partner&apos;s administrator to install a certificate valid now.</source>
        <translation>Le certificat %1 de la chaîne présentée par %2 n&apos;est pas valide avant le %3&#xa0;; vérifiez l&apos;horloge de cet ordinateur, ou demandez à l&apos;administrateur du partenaire d&apos;installer un certificat valide dès maintenant.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The signature of the certificate %1 in the chain presented by %2 does not verify with the key of its issuer %3: the chain is damaged or forged; tell the partner&apos;s administrator.</source>
        <translation>La signature du certificat %1 de la chaîne présentée par %2 ne se vérifie pas avec la clé de son émetteur %3&#xa0;: la chaîne est endommagée ou falsifiée&#xa0;; prévenez l&apos;administrateur du partenaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate %1 presented by %2 is not meant for TLS servers: its extended key usage lacks serverAuth; ask the partner&apos;s administrator for a server certificate.</source>
        <translation>Le certificat %1 présenté par %2 n&apos;est pas destiné aux serveurs TLS&#xa0;: son utilisation étendue de la clé ne comprend pas serverAuth&#xa0;; demandez à l&apos;administrateur du partenaire un certificat de serveur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 presented no certificate that could be read; ask the partner&apos;s administrator to install a certificate for its domain.</source>
        <translation>%1 n&apos;a présenté aucun certificat lisible&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;installer un certificat pour son domaine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate %1 in the chain presented by %2 does not verify: %3 (OpenSSL, depth %4); ask the partner&apos;s administrator to check its certificate chain.</source>
        <translation>Le certificat %1 de la chaîne présentée par %2 ne se vérifie pas&#xa0;: %3 (OpenSSL, profondeur %4)&#xa0;; demandez à l&apos;administrateur du partenaire de vérifier sa chaîne de certificats.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 presented its certificate (%2) without the certificate of its issuer, %3, which is not a trusted CA here either: the server must also send its intermediate certificates, or, for a private CA, %3 must be trusted here (extra CA file).</source>
        <translation>%1 a présenté son certificat (%2) sans le certificat de son émetteur, %3, qui n&apos;est pas non plus ici une autorité de certification approuvée&#xa0;: le serveur doit aussi envoyer ses certificats intermédiaires ou, pour une AC privée, %3 doit être approuvée ici (fichier des autres certificats d&apos;AC).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>trusted (%1)</source>
        <translation>approuvé (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trusted (%1), but the server does not send every intermediate certificate of this chain</source>
        <translation>approuvé (%1), mais le serveur n&apos;envoie pas tous les certificats intermédiaires de cette chaîne</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+75"/>
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
        <location line="+42"/>
        <source>unexpected argument “%1”.</source>
        <translation>argument «&#xa0;%1&#xa0;» inattendu.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2</source>
        <comment>an option, what is wrong with its value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the file “%1” does not exist or cannot be read.</source>
        <translation>le fichier «&#xa0;%1&#xa0;» n&apos;existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--timeout takes a whole number of seconds from %1 to %2, not “%3”.</source>
        <translation>--timeout attend un nombre entier de secondes de %1 à %2, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--parallel takes a whole number from %1 to %2, not “%3”.</source>
        <translation>--parallel attend un nombre entier de %1 à %2, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--format takes text, json, nagios or prometheus, not “%1”.</source>
        <translation>--format accepte text, json, nagios ou prometheus, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give either --json or --format %1, not both.</source>
        <translation>Indiquez soit --json, soit --format %1, pas les deux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--output needs a file name.</source>
        <translation>--output a besoin d&apos;un nom de fichier.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>unknown language “%1”; use %2.</source>
        <translation>langue «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez %2.</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="+77"/>
        <source>cannot open the window: %1 cannot be started: %2</source>
        <translation>impossible d&apos;ouvrir la fenêtre&#xa0;: %1 ne peut pas être lancé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ConnectAdvice</name>
    <message>
        <location filename="../lib/advice/connectadvice.cpp" line="+27"/>
        <source>The server address “%1” given for this test is not valid (%2); correct it in the connection test settings.</source>
        <translation>L&apos;adresse de serveur «&#xa0;%1&#xa0;» donnée pour ce test n&apos;est pas valide (%2)&#xa0;; corrigez-la dans les paramètres du test de connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The partner&apos;s proxy FQDN “%1” is not a valid server address (%2); correct the proxy FQDN in the partner&apos;s settings.</source>
        <translation>Le FQDN du proxy «&#xa0;%1&#xa0;» du partenaire n&apos;est pas une adresse de serveur valide (%2)&#xa0;; corrigez le FQDN du proxy dans les paramètres du partenaire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The DNS of %1 says that it offers no XMPP server-to-server service (SRV target “.”): the partner does not federate over XMPP with this domain; check the domain, or ask the partner&apos;s administrator to publish _xmpp-server._tcp.%1 for its server.</source>
        <translation>Le DNS de %1 indique qu&apos;il n&apos;offre aucun service XMPP de serveur à serveur (cible SRV «&#xa0;.&#xa0;»)&#xa0;: le partenaire ne se fédère pas en XMPP avec ce domaine&#xa0;; vérifiez le domaine, ou demandez à l&apos;administrateur du partenaire de publier _xmpp-server._tcp.%1 pour son serveur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SRV record _xmpp-server._tcp.%1 names “%2” as its server, which is not a host name (only letters, digits and hyphens between the dots): ask the partner&apos;s administrator to set the record&apos;s target to the host name of the XMPP server.</source>
        <translation>L&apos;enregistrement SRV _xmpp-server._tcp.%1 désigne «&#xa0;%2&#xa0;» comme serveur, ce qui n&apos;est pas un nom d&apos;hôte (seulement des lettres, des chiffres et des traits d&apos;union entre les points)&#xa0;: demandez à l&apos;administrateur du partenaire de remplacer la cible de l&apos;enregistrement par le nom d&apos;hôte du serveur XMPP.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The DNS lookup of the SRV records of %1 failed at %2 (%3); check that this DNS server answers, or choose another DNS server in the connection test settings.</source>
        <translation>La recherche DNS des enregistrements SRV de %1 a échoué auprès de %2 (%3)&#xa0;; vérifiez que ce serveur DNS répond, ou choisissez un autre serveur DNS dans les paramètres du test de connexion.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The SRV records of %1 fail DNSSEC validation (%2): they may be forged, so the test used none of them; ask the partner&apos;s DNS administrator to re-sign the zone of %1 or to correct its DS record in the parent zone (asked %3).</source>
        <translation>Les enregistrements SRV de %1 échouent à la validation DNSSEC (%2)&#xa0;: ils peuvent être falsifiés, le test n&apos;en a donc utilisé aucun&#xa0;; demandez à l&apos;administrateur DNS du partenaire de signer de nouveau la zone de %1 ou de corriger son enregistrement DS dans la zone parente (serveur interrogé&#xa0;: %3).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>DNS gave no server to connect to for %1; ask the partner&apos;s administrator to publish _xmpp-server._tcp.%1, or set the partner&apos;s proxy FQDN.</source>
        <translation>Le DNS n&apos;a donné aucun serveur auquel se connecter pour %1&#xa0;; demandez à l&apos;administrateur du partenaire de publier _xmpp-server._tcp.%1, ou définissez le FQDN du proxy du partenaire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the servers found for %1 accepted the connection (%2); correct the first one the partner intends to use, in the order of the report&apos;s Connect step.</source>
        <translation>Aucun des serveurs trouvés pour %1 n&apos;a accepté la connexion (%2)&#xa0;; corrigez le premier que le partenaire compte utiliser, dans l&apos;ordre de l&apos;étape Connexion du rapport.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The DNS lookup of the address of %1 failed at %2 (%3); check that this DNS server answers, or choose another DNS server in the connection test settings.</source>
        <translation>La recherche DNS de l&apos;adresse de %1 a échoué auprès de %2 (%3)&#xa0;; vérifiez que ce serveur DNS répond, ou choisissez un autre serveur DNS dans les paramètres du test de connexion.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address records of %1 fail DNSSEC validation (%2): they may be forged, so the test did not connect; ask the partner&apos;s DNS administrator to re-sign the zone of %1 (asked %3).</source>
        <translation>Les enregistrements d&apos;adresse de %1 échouent à la validation DNSSEC (%2)&#xa0;: ils peuvent être falsifiés, le test ne s&apos;est donc pas connecté&#xa0;; demandez à l&apos;administrateur DNS du partenaire de signer de nouveau la zone de %1 (serveur interrogé&#xa0;: %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 refused the connection: %2 publishes no _xmpp-server SRV record, so its own name was tried on port 5269, where no XMPP server listens; ask the partner&apos;s administrator to publish _xmpp-server._tcp.%2, or set the partner&apos;s proxy FQDN to its server.</source>
        <translation>%1 a refusé la connexion&#xa0;: %2 ne publie aucun enregistrement SRV _xmpp-server, donc son propre nom a été essayé sur le port 5269, où aucun serveur XMPP n&apos;écoute&#xa0;; demandez à l&apos;administrateur du partenaire de publier _xmpp-server._tcp.%2, ou définissez le FQDN du proxy du partenaire sur son serveur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the connection: no server listens on that port; check the port of the partner&apos;s proxy FQDN or SRV record, or ask the partner&apos;s administrator to start its XMPP service.</source>
        <translation>%1 a refusé la connexion&#xa0;: aucun serveur n&apos;écoute sur ce port&#xa0;; vérifiez le port du FQDN du proxy ou de l&apos;enregistrement SRV du partenaire, ou demandez à l&apos;administrateur du partenaire de démarrer son service XMPP.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not accept the connection within %2 s: a firewall probably drops the connection; ask the partner&apos;s administrator to open that TCP port to this Edge server, and check the proxy FQDN or SRV record.</source>
        <translation>%1 n&apos;a pas accepté la connexion en %2 s&#xa0;: un pare-feu l&apos;ignore probablement&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;ouvrir ce port TCP à ce serveur Edge, et vérifiez le FQDN du proxy ou l&apos;enregistrement SRV.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be reached from this computer (%2); check the network route and the firewall between the Edge server and the partner.</source>
        <translation>%1 est injoignable depuis cet ordinateur (%2)&#xa0;; vérifiez la route réseau et le pare-feu entre le serveur Edge et le partenaire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to %1 failed (%2); check the network between the Edge server and the partner.</source>
        <translation>La connexion à %1 a échoué (%2)&#xa0;; vérifiez le réseau entre le serveur Edge et le partenaire.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no _xmpp-server SRV record and the name itself was not found in DNS (asked %2); check the partner&apos;s domain for a typing error, or set its proxy FQDN to its server.</source>
        <translation>%1 n&apos;a aucun enregistrement SRV _xmpp-server et le nom lui-même est introuvable dans le DNS (serveur interrogé&#xa0;: %2)&#xa0;; vérifiez que le domaine du partenaire ne contient pas de faute de frappe, ou définissez son FQDN du proxy sur son serveur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no _xmpp-server SRV record and no address (A/AAAA) in DNS (asked %2); ask the partner&apos;s administrator to publish _xmpp-server._tcp.%1, or set the partner&apos;s proxy FQDN to its server.</source>
        <translation>%1 n&apos;a aucun enregistrement SRV _xmpp-server et aucune adresse (A/AAAA) dans le DNS (serveur interrogé&#xa0;: %2)&#xa0;; demandez à l&apos;administrateur du partenaire de publier _xmpp-server._tcp.%1, ou définissez le FQDN du proxy du partenaire sur son serveur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The partner&apos;s proxy FQDN %1 was not found in DNS (asked %2); correct the proxy FQDN in the partner&apos;s settings.</source>
        <translation>Le FQDN du proxy %1 du partenaire est introuvable dans le DNS (serveur interrogé&#xa0;: %2)&#xa0;; corrigez le FQDN du proxy dans les paramètres du partenaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partner&apos;s proxy FQDN %1 has no address (A/AAAA) in DNS (asked %2); correct the proxy FQDN in the partner&apos;s settings.</source>
        <translation>Le FQDN du proxy %1 du partenaire n&apos;a aucune adresse (A/AAAA) dans le DNS (serveur interrogé&#xa0;: %2)&#xa0;; corrigez le FQDN du proxy dans les paramètres du partenaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server %1 given for this test was not found in DNS (asked %2); correct it in the connection test settings.</source>
        <translation>Le serveur %1 donné pour ce test est introuvable dans le DNS (serveur interrogé&#xa0;: %2)&#xa0;; corrigez-le dans les paramètres du test de connexion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 given for this test has no address (A/AAAA) in DNS (asked %2); correct it in the connection test settings.</source>
        <translation>Le serveur %1 donné pour ce test n&apos;a aucune adresse (A/AAAA) dans le DNS (serveur interrogé&#xa0;: %2)&#xa0;; corrigez-le dans les paramètres du test de connexion.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The SRV record of %1 points to %2, which was not found in DNS (asked %3); ask the partner&apos;s administrator to correct the record&apos;s target.</source>
        <translation>L&apos;enregistrement SRV de %1 pointe vers %2, introuvable dans le DNS (serveur interrogé&#xa0;: %3)&#xa0;; demandez à l&apos;administrateur du partenaire de corriger la cible de l&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The SRV record of %1 points to %2, which has no address (A/AAAA) in DNS (asked %3); ask the partner&apos;s administrator to publish an address for it.</source>
        <translation>L&apos;enregistrement SRV de %1 pointe vers %2, qui n&apos;a aucune adresse (A/AAAA) dans le DNS (serveur interrogé&#xa0;: %3)&#xa0;; demandez à l&apos;administrateur du partenaire de lui publier une adresse.</translation>
    </message>
</context>
<context>
    <name>ConnectAttempts</name>
    <message>
        <location filename="../lib/probe/connectattempts.cpp" line="+44"/>
        <source>its address records fail DNSSEC validation (%1)</source>
        <translation>ses enregistrements d&apos;adresse échouent à la validation DNSSEC (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the DNS lookup of its address failed at %1 (%2)</source>
        <translation>la recherche DNS de son adresse a échoué auprès de %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was not found in DNS (asked %2)</source>
        <translation>%1 est introuvable dans le DNS (serveur interrogé&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no address (A/AAAA) in DNS (asked %2)</source>
        <translation>%1 n&apos;a aucune adresse (A/AAAA) dans le DNS (serveur interrogé&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <location filename="../lib/probe/proberecorder.cpp" line="+90"/>
        <source>Tried before, without success:
%1</source>
        <translation>Tentatives précédentes infructueuses&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../lib/probe/connectionprobe.cpp" line="+76"/>
        <source>Cancelled after %1.</source>
        <translation>Annulée après %1.</translation>
    </message>
    <message>
        <location filename="../lib/probe/proberecorder.cpp" line="-20"/>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <location filename="../lib/probe/connectionprobe.cpp" line="+56"/>
        <source>No server accepted the connection:
%1</source>
        <translation>Aucun serveur n&apos;a accepté la connexion&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Connected to %1 (%2).</source>
        <translation>Connexion établie avec %1 (%2).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The server closed the stream.</source>
        <translation>Le serveur a fermé le flux.</translation>
    </message>
    <message>
        <location filename="../lib/probe/streamfeatures.cpp" line="+54"/>
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
        <location line="+2"/>
        <source>bidirectional streams (XEP-0288)</source>
        <translation>flux bidirectionnels (XEP-0288)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none</source>
        <comment>stream features</comment>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/probe/proberecorder.cpp" line="+79"/>
        <source>%1, %2; certificate of %3 issued by %4, valid until %5 (%n day(s) left).</source>
        <translation>
            <numerusform>%1, %2&#xa0;; certificat de %3 émis par %4, valide jusqu&apos;au %5 (%n jour restant).</numerusform>
            <numerusform>%1, %2&#xa0;; certificat de %3 émis par %4, valide jusqu&apos;au %5 (%n jours restants).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/probe/connectionprobe.cpp" line="-62"/>
        <source>Connected to %1 with direct TLS (XEP-0368).</source>
        <translation>Connexion établie avec %1 en TLS direct (XEP-0368).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direct TLS: the stream opens after TLS.</source>
        <translation>TLS direct&#xa0;: le flux s&apos;ouvre après TLS.</translation>
    </message>
    <message>
        <location filename="../lib/probe/proberecorder.cpp" line="-68"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Not run: the test was cancelled.</source>
        <translation>Non exécutée&#xa0;: le test a été annulé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run: the test stopped at the step “%1”.</source>
        <translation>Non exécutée&#xa0;: le test s&apos;est arrêté à l&apos;étape «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, proven by a ping answered in %2 ms</source>
        <translation>%1, prouvé par un ping répondu en %2 ms</translation>
    </message>
    <message>
        <location filename="../lib/probe/connectionprobe.cpp" line="+140"/>
        <source>The TLS handshake failed: %1</source>
        <translation>L&apos;établissement de la liaison TLS a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No answer within %1 s.</source>
        <translation>Aucune réponse dans un délai de %1 s.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The test did not finish within its budget of %1 s.</source>
        <translation>Le test ne s&apos;est pas terminé dans son délai total de %1 s.</translation>
    </message>
    <message>
        <location filename="../lib/probe/proberecorder.cpp" line="+30"/>
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
    <name>DaneAdvice</name>
    <message>
        <location filename="../lib/advice/daneadvice.cpp" line="+8"/>
        <source>The server of %1 presents a certificate that matches none of the TLSA records at %2, so DANE-aware servers refuse it; ask the partner to publish TLSA records for the certificate it now uses, or to remove the stale ones.</source>
        <translation>Le serveur de %1 présente un certificat qui ne correspond à aucun des enregistrements TLSA de %2, les serveurs qui appliquent DANE le refusent donc&#xa0;; demandez au partenaire de publier des enregistrements TLSA pour le certificat qu&apos;il utilise désormais, ou de retirer les anciens.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server of %1 presents a certificate that matches none of the TLSA records at %2, so DANE-aware servers refuse it (a new certificate or key without new TLSA records?); ask the partner to publish “%2. IN TLSA %3” and remove the stale records.</source>
        <translation>Le serveur de %1 présente un certificat qui ne correspond à aucun des enregistrements TLSA de %2, les serveurs qui appliquent DANE le refusent donc (un nouveau certificat ou une nouvelle clé sans nouveaux enregistrements TLSA&#xa0;?)&#xa0;; demandez au partenaire de publier «&#xa0;%2. IN TLSA %3&#xa0;» et de retirer les anciens enregistrements.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The TLSA records at %2 fail DNSSEC validation (%3): they may be forged, so the server of %1 cannot be authenticated by DANE; ask the partner&apos;s DNS administrator to re-sign the zone or correct its DS record.</source>
        <translation>Les enregistrements TLSA de %2 échouent à la validation DNSSEC (%3)&#xa0;: ils peuvent être falsifiés, le serveur de %1 ne peut donc pas être authentifié par DANE&#xa0;; demandez à l&apos;administrateur DNS du partenaire de signer de nouveau la zone ou de corriger son enregistrement DS.</translation>
    </message>
</context>
<context>
    <name>DaneMatcher</name>
    <message>
        <location filename="../lib/dane/danematcher.cpp" line="+112"/>
        <source>TLSA %1: unusable (unknown usage, selector or matching type, or data of the wrong length); ignored (RFC 6698 §4.1).</source>
        <translation>TLSA %1&#xa0;: inutilisable (usage, sélecteur ou type de correspondance inconnu, ou données de mauvaise longueur)&#xa0;; ignoré (RFC 6698 §4.1).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>TLSA %1 (%2): does not match the server&apos;s certificate.</source>
        <translation>TLSA %1 (%2)&#xa0;: ne correspond pas au certificat du serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLSA %1 (%2): matches no certificate of the chain the server sent.</source>
        <translation>TLSA %1 (%2)&#xa0;: ne correspond à aucun certificat de la chaîne envoyée par le serveur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TLSA %1 (%2): names certificate %3 of the chain, but the chain does not lead to it (a certificate is not signed by the next).</source>
        <translation>TLSA %1 (%2)&#xa0;: désigne le certificat %3 de la chaîne, mais la chaîne n&apos;y mène pas (un certificat n&apos;est pas signé par le suivant).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TLSA %1 (%2): matches, but the server&apos;s certificate names none of %3.</source>
        <translation>TLSA %1 (%2)&#xa0;: correspond, mais le certificat du serveur ne nomme aucun de ces noms&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TLSA %1 (%2): matches, but this usage also needs a chain to a trusted certificate authority, which the server&apos;s does not reach.</source>
        <translation>TLSA %1 (%2)&#xa0;: correspond, mais cet usage demande aussi une chaîne menant à une autorité de certification approuvée, ce que n&apos;est pas celle du serveur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLSA %1 (%2): matches the server&apos;s certificate.</source>
        <translation>TLSA %1 (%2)&#xa0;: correspond au certificat du serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLSA %1 (%2): matches certificate %3 of the chain, which leads to the server&apos;s.</source>
        <translation>TLSA %1 (%2)&#xa0;: correspond au certificat %3 de la chaîne, qui mène à celui du serveur.</translation>
    </message>
</context>
<context>
    <name>DaneReport</name>
    <message>
        <location filename="../lib/report/danereport.cpp" line="+53"/>
        <source>DANE: not checked (no TLS session with a server).</source>
        <translation>DANE&#xa0;: non vérifié (aucune session TLS avec un serveur).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DANE: not applicable: the TLSA answer at %1 is not DNSSEC-secure (%2), so it cannot be trusted (RFC 7673).</source>
        <translation>DANE&#xa0;: sans objet&#xa0;: la réponse TLSA de %1 n&apos;est pas sécurisée par DNSSEC (%2), on ne peut donc pas s&apos;y fier (RFC 7673).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DANE: not applicable: the server does not come from a DNSSEC-secure SRV answer (RFC 7673).</source>
        <translation>DANE&#xa0;: sans objet&#xa0;: le serveur ne provient pas d&apos;une réponse SRV sécurisée par DNSSEC (RFC 7673).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DANE: no TLSA record at %1; the certificate is checked against the certificate authorities only.</source>
        <translation>DANE&#xa0;: aucun enregistrement TLSA à %1&#xa0;; le certificat n&apos;est vérifié qu&apos;auprès des autorités de certification.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DANE: the TLSA record %1 at %2 matched the server&apos;s certificate; it authenticates the server although its chain does not reach a trusted certificate authority.</source>
        <translation>DANE&#xa0;: l&apos;enregistrement TLSA %1 de %2 correspond au certificat du serveur&#xa0;; il authentifie le serveur bien que sa chaîne ne mène à aucune autorité de certification approuvée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DANE: the TLSA record %1 at %2 matched the server&apos;s certificate.</source>
        <translation>DANE&#xa0;: l&apos;enregistrement TLSA %1 de %2 correspond au certificat du serveur.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>DANE: the server&apos;s certificate matches none of the %n TLSA record(s) at %1.</source>
        <translation>
            <numerusform>DANE&#xa0;: le certificat du serveur ne correspond à aucun enregistrement TLSA de %1 (%n enregistrement).</numerusform>
            <numerusform>DANE&#xa0;: le certificat du serveur ne correspond à aucun enregistrement TLSA de %1 (%n enregistrements).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DANE: the TLSA records at %1 fail DNSSEC validation: %2</source>
        <translation>DANE&#xa0;: les enregistrements TLSA de %1 échouent à la validation DNSSEC&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DANE: the lookup of the TLSA records at %1 failed: %2</source>
        <translation>DANE&#xa0;: la recherche des enregistrements TLSA de %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DeploymentAdvice</name>
    <message>
        <location filename="../lib/advice/deploymentadvice.cpp" line="+6"/>
        <source>No SRV record _xmpp-server._tcp.%1 was found (asked %2), so partners cannot find the server of %1; publish _xmpp-server._tcp.%1 pointing to the Access Edge&apos;s external FQDN on port 5269, in the public DNS zone of %1.</source>
        <translation>Aucun enregistrement SRV _xmpp-server._tcp.%1 n&apos;a été trouvé (serveur interrogé&#xa0;: %2), donc les partenaires ne trouvent pas le serveur de %1&#xa0;; publiez _xmpp-server._tcp.%1 pointant vers le FQDN externe du service Edge d&apos;accès sur le port 5269, dans la zone DNS publique de %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SRV record _xmpp-server._tcp.%1 has the target “.” (asked %2), which tells partners that %1 offers no XMPP federation; publish _xmpp-server._tcp.%1 pointing to the Access Edge&apos;s external FQDN on port 5269 instead.</source>
        <translation>L&apos;enregistrement SRV _xmpp-server._tcp.%1 a la cible «&#xa0;.&#xa0;» (serveur interrogé&#xa0;: %2), ce qui indique aux partenaires que %1 n&apos;offre aucune fédération XMPP&#xa0;; publiez plutôt _xmpp-server._tcp.%1 pointant vers le FQDN externe du service Edge d&apos;accès sur le port 5269.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The DNS lookup of _xmpp-server._tcp.%1 failed at %2 (%3); check that this DNS server answers for %1, or check with another DNS server.</source>
        <translation>La recherche DNS de _xmpp-server._tcp.%1 a échoué auprès de %2 (%3)&#xa0;; vérifiez que ce serveur DNS répond pour %1, ou vérifiez avec un autre serveur DNS.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The SRV record _xmpp-server._tcp.%1 points to %2, which has no address in DNS (asked %3); publish an A record for %2, the Access Edge&apos;s external FQDN, or correct the record&apos;s target.</source>
        <translation>L&apos;enregistrement SRV _xmpp-server._tcp.%1 pointe vers %2, qui n&apos;a aucune adresse dans le DNS (serveur interrogé&#xa0;: %3)&#xa0;; publiez un enregistrement A pour %2, le FQDN externe du service Edge d&apos;accès, ou corrigez la cible de l&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server %1 given for this check has no address in DNS (asked %2); give the Access Edge&apos;s external FQDN or address.</source>
        <translation>Le serveur %1 indiqué pour cette vérification n&apos;a aucune adresse dans le DNS (serveur interrogé&#xa0;: %2)&#xa0;; indiquez le FQDN externe ou l&apos;adresse du service Edge d&apos;accès.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No server for %1 answered a connection from this computer (%2): a firewall probably drops it; open TCP 5269 inbound to the Access Edge&apos;s external interface, and check that _xmpp-server._tcp.%1 points to the Access Edge&apos;s external FQDN on port 5269.</source>
        <translation>Aucun serveur de %1 n&apos;a répondu à une connexion depuis cet ordinateur (%2)&#xa0;: un pare-feu l&apos;ignore probablement&#xa0;; ouvrez le port TCP 5269 en entrée vers l&apos;interface externe du service Edge d&apos;accès, et vérifiez que _xmpp-server._tcp.%1 pointe vers le FQDN externe du service Edge d&apos;accès sur le port 5269.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No server for %1 accepted a connection from this computer (%2); check that _xmpp-server._tcp.%1 points to the Access Edge&apos;s external FQDN on port 5269, that XMPP federation is enabled on the Edge pool, and open TCP 5269 inbound to the Access Edge.</source>
        <translation>Aucun serveur de %1 n&apos;a accepté de connexion depuis cet ordinateur (%2)&#xa0;; vérifiez que _xmpp-server._tcp.%1 pointe vers le FQDN externe du service Edge d&apos;accès sur le port 5269, que la fédération XMPP est activée sur le pool Edge, et ouvrez le port TCP 5269 en entrée vers le service Edge d&apos;accès.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server at %2 did not open an XMPP stream for %1 (%3); check that %2 is the Access Edge&apos;s external interface and that XMPP federation is enabled for %1 on the Edge pool.</source>
        <translation>Le serveur à %2 n&apos;a pas ouvert de flux XMPP pour %1 (%3)&#xa0;; vérifiez que %2 est l&apos;interface externe du service Edge d&apos;accès et que la fédération XMPP est activée pour %1 sur le pool Edge.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server at %2 does not offer STARTTLS for %1, so partners that require TLS cannot federate; a Lync Access Edge always offers it: check that %2 is the Access Edge and not another server in front of it.</source>
        <translation>Le serveur à %2 n&apos;offre pas STARTTLS pour %1, donc les partenaires qui exigent TLS ne peuvent pas se fédérer&#xa0;; un service Edge d&apos;accès Lync l&apos;offre toujours&#xa0;: vérifiez que %2 est bien le service Edge d&apos;accès et non un autre serveur placé devant lui.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TLS with the server of %1 at %2 did not come up (%3); check that the Edge&apos;s external certificate is assigned with its private key to the Access Edge&apos;s external interface.</source>
        <translation>TLS avec le serveur de %1 à %2 n&apos;a pas abouti (%3)&#xa0;; vérifiez que le certificat externe du serveur Edge est attribué, avec sa clé privée, à l&apos;interface externe du service Edge d&apos;accès.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Edge&apos;s external certificate (presented by %2) does not list %1 among its subject alternative names (it holds: %3); request a certificate that adds %1 and assign it to the Access Edge&apos;s external interface.</source>
        <translation>Le certificat externe du serveur Edge (présenté par %2) ne porte pas %1 parmi ses autres noms de l&apos;objet (subject alternative names) (il porte&#xa0;: %3)&#xa0;; demandez un certificat qui ajoute %1 et attribuez-le à l&apos;interface externe du service Edge d&apos;accès.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Edge&apos;s external certificate (presented by %2) names %1 only in its common name, which RFC 6125 deprecates and some partners ignore; request a certificate that lists %1 among its subject alternative names.</source>
        <translation>Le certificat externe du serveur Edge (présenté par %2) ne nomme %1 que dans son nom commun, ce que la RFC 6125 déconseille et que certains partenaires ignorent&#xa0;; demandez un certificat qui porte %1 parmi ses autres noms de l&apos;objet (subject alternative names).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Edge&apos;s external certificate (presented by %1) is not trusted: %2 Partners refuse it in the same way; use a certificate from a public CA that partners trust, and install its intermediate CA certificates on the Edge.</source>
        <translation>Le certificat externe du serveur Edge (présenté par %1) n&apos;est pas approuvé&#xa0;: %2 Les partenaires le refusent de la même façon&#xa0;; utilisez un certificat d&apos;une autorité de certification publique que les partenaires approuvent, et installez ses certificats d&apos;autorité intermédiaires sur le serveur Edge.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Access Edge at %1 does not send the intermediate CA certificates of its external certificate; partners that do not have them refuse it: install the intermediate certificates in the Edge&apos;s certificate store.</source>
        <translation>Le service Edge d&apos;accès à %1 n&apos;envoie pas les certificats d&apos;autorité intermédiaires de son certificat externe&#xa0;; les partenaires qui ne les ont pas le refusent&#xa0;: installez les certificats intermédiaires dans le magasin de certificats du serveur Edge.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Edge&apos;s external certificate (presented by %1) expired on %2, and partners refuse it; renew it and assign the new certificate to the Access Edge&apos;s external interface.</source>
        <translation>Le certificat externe du serveur Edge (présenté par %1) a expiré le %2, et les partenaires le refusent&#xa0;; renouvelez-le et attribuez le nouveau certificat à l&apos;interface externe du service Edge d&apos;accès.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Edge&apos;s external certificate (presented by %1) is valid only from %2; check the Edge&apos;s clock, or assign a certificate that is valid now.</source>
        <translation>Le certificat externe du serveur Edge (présenté par %1) n&apos;est valide qu&apos;à partir du %2&#xa0;; vérifiez l&apos;horloge du serveur Edge, ou attribuez un certificat valide dès maintenant.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The Edge&apos;s external certificate (presented by %1) expires on %2, in %n day(s); renew it and assign the new certificate to the Access Edge&apos;s external interface before then.</source>
        <translation>
            <numerusform>Le certificat externe du serveur Edge (présenté par %1) expire le %2, dans %n jour&#xa0;; renouvelez-le et attribuez le nouveau certificat à l&apos;interface externe du service Edge d&apos;accès avant cette date.</numerusform>
            <numerusform>Le certificat externe du serveur Edge (présenté par %1) expire le %2, dans %n jours&#xa0;; renouvelez-le et attribuez le nouveau certificat à l&apos;interface externe du service Edge d&apos;accès avant cette date.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server at %2 does not offer server dialback (XEP-0220) for %1 after TLS, which most partners use to verify your domain; a Lync Access Edge offers it: check that %2 is the Access Edge and not another server in front of it.</source>
        <translation>Le serveur à %2 n&apos;offre pas la numérotation du serveur (dialback) de la XEP-0220 pour %1 après TLS, que la plupart des partenaires utilisent pour vérifier votre domaine&#xa0;; un service Edge d&apos;accès Lync l&apos;offre&#xa0;: vérifiez que %2 est bien le service Edge d&apos;accès et non un autre serveur placé devant lui.</translation>
    </message>
</context>
<context>
    <name>DeploymentCheck</name>
    <message>
        <location filename="../lib/probe/deploymentcheck.cpp" line="+53"/>
        <source>The local XMPP domain is not set: enter it in the connection test settings.</source>
        <translation>Le domaine XMPP local n&apos;est pas défini&#xa0;: saisissez-le dans les paramètres du test de connexion.</translation>
    </message>
</context>
<context>
    <name>DeploymentCheckDialog</name>
    <message>
        <location filename="../forms/deploymentcheckdialog.ui" line="+14"/>
        <source>Check my deployment</source>
        <translation>Vérifier mon déploiement</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>Full report</source>
        <translation>Rapport complet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Cancel test</source>
        <translation>&amp;Annuler le test</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
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
        <location line="+7"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/probe/deploymentcheckdialog.cpp" line="+107"/>
        <source>Check my deployment: %1</source>
        <translation>Vérifier mon déploiement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Checking %1…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vérification de %1…&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <comment>step: state</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>HTML pages (*.html)</source>
        <translation>Pages HTML (*.html)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the deployment check</source>
        <translation>Enregistrer la vérification du déploiement</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>DeploymentJudge</name>
    <message>
        <location filename="../lib/probe/deploymentjudge.cpp" line="+91"/>
        <source>Not run: the check was cancelled.</source>
        <translation>Non exécutée&#xa0;: la vérification a été annulée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not checked: the check connected to %1 as given; partners find the server through _xmpp-server._tcp.%2.</source>
        <translation>Non vérifié&#xa0;: la vérification s&apos;est connectée à %1 tel qu&apos;indiqué&#xa0;; les partenaires trouvent le serveur par _xmpp-server._tcp.%2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+35"/>
        <source>Not run: DNS did not answer.</source>
        <translation>Non exécutée&#xa0;: le DNS n&apos;a pas répondu.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>_xmpp-server._tcp.%1 points to %2 (asked %3).</source>
        <translation>_xmpp-server._tcp.%1 pointe vers %2 (serveur interrogé&#xa0;: %3).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No record _xmpp-server._tcp.%1 (asked %2).</source>
        <translation>Aucun enregistrement _xmpp-server._tcp.%1 (serveur interrogé&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not checked: the check connected to %1 as given.</source>
        <translation>Non vérifié&#xa0;: la vérification s&apos;est connectée à %1 tel qu&apos;indiqué.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not known: the DNS lookup failed.</source>
        <translation>Inconnu&#xa0;: la recherche DNS a échoué.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>_xmpps-server._tcp.%1 points to %2: partners that support direct TLS (XEP-0368) may try it first. A Lync Access Edge does not accept direct TLS, so it must point to a server that does.</source>
        <translation>_xmpps-server._tcp.%1 pointe vers %2&#xa0;: les partenaires qui prennent en charge TLS direct (XEP-0368) peuvent l&apos;essayer en premier. Un service Edge d&apos;accès Lync n&apos;accepte pas TLS direct, cet enregistrement doit donc pointer vers un serveur qui l&apos;accepte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No record _xmpps-server._tcp.%1: partners use STARTTLS through _xmpp-server._tcp, as a Lync Access Edge expects (it does not accept direct TLS). This is information, not a problem.</source>
        <translation>Aucun enregistrement _xmpps-server._tcp.%1&#xa0;: les partenaires utilisent STARTTLS par _xmpp-server._tcp, comme l&apos;attend un service Edge d&apos;accès Lync (il n&apos;accepte pas TLS direct). C&apos;est une information, pas un problème.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reached from this computer only: that partners reach it from the internet is not proven from inside the network.</source>
        <translation>Atteint depuis cet ordinateur seulement&#xa0;: que les partenaires l&apos;atteignent depuis Internet n&apos;est pas prouvé depuis l&apos;intérieur du réseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not run: there was no server to connect to.</source>
        <translation>Non exécutée&#xa0;: il n&apos;y avait aucun serveur auquel se connecter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No server to try: without an SRV record, partners try %1 itself on port 5269, which did not answer either:</source>
        <translation>Aucun serveur à essayer&#xa0;: sans enregistrement SRV, les partenaires essaient %1 lui-même sur le port 5269, qui n&apos;a pas répondu non plus&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not run: no server was reached.</source>
        <translation>Non exécutée&#xa0;: aucun serveur n&apos;a été atteint.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Direct TLS (XEP-0368) negotiated: %1, %2.</source>
        <translation>TLS direct (XEP-0368) négocié&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS offered (required) and negotiated: %1, %2.</source>
        <translation>STARTTLS offert (obligatoire) et négocié&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS offered (optional) and negotiated: %1, %2.</source>
        <translation>STARTTLS offert (facultatif) et négocié&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server does not offer STARTTLS.</source>
        <translation>Le serveur ne propose pas STARTTLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run: no XMPP stream was opened.</source>
        <translation>Non exécutée&#xa0;: aucun flux XMPP n&apos;a été ouvert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Not run: TLS did not come up.</source>
        <translation>Non exécutée&#xa0;: TLS n&apos;a pas abouti.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>no name</source>
        <translation>aucun nom</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The chain leads to a trusted CA; its validity dates are checked below.</source>
        <translation>La chaîne mène à une autorité de certification approuvée&#xa0;; ses dates de validité sont vérifiées plus bas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not run: no certificate was presented.</source>
        <translation>Non exécutée&#xa0;: aucun certificat n&apos;a été présenté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expired on %1.</source>
        <translation>Expiré le %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid only from %1.</source>
        <translation>Valide seulement à partir du %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Valid until %1 (%n day(s) left).</source>
        <translation>
            <numerusform>Valide jusqu&apos;au %1 (%n jour restant).</numerusform>
            <numerusform>Valide jusqu&apos;au %1 (%n jours restants).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dialback offered after TLS (and before TLS).</source>
        <translation>Numérotation (dialback) offerte après TLS (et avant TLS).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialback offered after TLS.</source>
        <translation>Numérotation (dialback) offerte après TLS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not run: dialback is offered before TLS, but the check did not reach the stream after TLS.</source>
        <translation>Non exécutée&#xa0;: la numérotation (dialback) est offerte avant TLS, mais la vérification n&apos;a pas atteint le flux après TLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run: the check did not reach the stream after TLS.</source>
        <translation>Non exécutée&#xa0;: la vérification n&apos;a pas atteint le flux après TLS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The check did not finish: %1</source>
        <translation>La vérification ne s&apos;est pas terminée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partners find %1 through its SRV record, and its server at %2 offers STARTTLS, a trusted certificate for %1 and dialback.</source>
        <translation>Les partenaires trouvent %1 par son enregistrement SRV, et son serveur à %2 offre STARTTLS, un certificat approuvé pour %1 et la numérotation (dialback).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at %2 offers STARTTLS, a trusted certificate for %1 and dialback; the SRV records were not checked.</source>
        <translation>Le serveur à %2 offre STARTTLS, un certificat approuvé pour %1 et la numérotation (dialback)&#xa0;; les enregistrements SRV n&apos;ont pas été vérifiés.</translation>
    </message>
</context>
<context>
    <name>DeploymentReport</name>
    <message>
        <location filename="../lib/report/deploymentreport.cpp" line="+28"/>
        <source>This check ran from this computer. It shows what partners find in DNS and what the server presents, but not that partners can reach it from the internet: a firewall between the internet and the Access Edge, or another DNS view outside, is not seen from inside the network.</source>
        <translation>Cette vérification a été faite depuis cet ordinateur. Elle montre ce que les partenaires trouvent dans le DNS et ce que le serveur présente, mais pas que les partenaires peuvent l&apos;atteindre depuis Internet&#xa0;: un pare-feu entre Internet et le service Edge d&apos;accès, ou une autre vue DNS à l&apos;extérieur, ne se voit pas depuis l&apos;intérieur du réseau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SRV record _xmpp-server._tcp</source>
        <translation>Enregistrement SRV _xmpp-server._tcp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SRV record _xmpps-server._tcp (direct TLS)</source>
        <translation>Enregistrement SRV _xmpps-server._tcp (TLS direct)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XMPP stream</source>
        <translation>Flux XMPP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate names the domain</source>
        <translation>Le certificat nomme le domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate chain trusted</source>
        <translation>Chaîne de certificats approuvée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate validity</source>
        <translation>Validité du certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialback after TLS</source>
        <translation>Numérotation (dialback) après TLS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not run</source>
        <comment>deployment check state</comment>
        <translation>Non exécutée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass</source>
        <comment>deployment check state</comment>
        <translation>Réussi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <comment>deployment check state</comment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fail</source>
        <comment>deployment check state</comment>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Deployment check of %1: %2</source>
        <translation>Vérification du déploiement de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[%1] %2: %3</source>
        <comment>[state] check: details</comment>
        <translation>[%1] %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Advice:</source>
        <translation>Conseil&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>- %1 (%2)</source>
        <comment>advice (reason code)</comment>
        <translation>- %1 (%2)</translation>
    </message>
    <message>
        <location filename="../lib/report/deploymentreporthtml.cpp" line="+23"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What to change</source>
        <translation>Ce qu&apos;il faut changer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deployment check: %1</source>
        <translation>Vérification du déploiement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local domain: %1</source>
        <translation>Domaine local&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started: %1</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server checked: %1 (given; SRV records not checked)</source>
        <translation>Serveur vérifié&#xa0;: %1 (indiqué&#xa0;; enregistrements SRV non vérifiés)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS server: %1</source>
        <translation>Serveur DNS&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection test steps</source>
        <translation>Étapes du test de connexion</translation>
    </message>
</context>
<context>
    <name>DialbackAdvice</name>
    <message>
        <location filename="../lib/advice/dialbackadvice.cpp" line="+6"/>
        <source>For dialback, %1 connects to the _xmpp-server._tcp.%2 SRV target (the Access Edge&apos;s external FQDN, port 5269); the listener at %3 must be that target.</source>
        <translation>Pour la numérotation (dialback), %1 se connecte à la cible SRV de _xmpp-server._tcp.%2 (le FQDN externe du service Edge d&apos;accès, port 5269)&#xa0;; l&apos;écouteur à %3 doit être cette cible.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No _xmpp-server._tcp.%1 SRV record exists (%2 was asked), so %3 can only try %1 itself on port 5269: publish _xmpp-server._tcp.%1 pointing to the Access Edge&apos;s external FQDN on port 5269, with TCP 5269 open inbound; for this test the listener at %4 must be that target.</source>
        <translation>Aucun enregistrement SRV _xmpp-server._tcp.%1 n&apos;existe (serveur interrogé&#xa0;: %2), donc %3 ne peut essayer que %1 lui-même sur le port 5269&#xa0;: publiez _xmpp-server._tcp.%1 pointant vers le FQDN externe du service Edge d&apos;accès sur le port 5269, avec le port TCP 5269 ouvert en entrée&#xa0;; pour ce test, l&apos;écouteur à %4 doit être cette cible.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For dialback, %1 connects to %2, the _xmpp-server._tcp.%3 SRV target (%4 was asked): that must be the Access Edge&apos;s external FQDN on port 5269, reachable from %1 with TCP 5269 open inbound; for this test the listener at %5 must be that target.</source>
        <translation>Pour la numérotation (dialback), %1 se connecte à %2, la cible SRV de _xmpp-server._tcp.%3 (serveur interrogé&#xa0;: %4)&#xa0;: ce doit être le FQDN externe du service Edge d&apos;accès sur le port 5269, joignable depuis %1 avec le port TCP 5269 ouvert en entrée&#xa0;; pour ce test, l&apos;écouteur à %5 doit être cette cible.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 answered that the dialback key of %2 is invalid: the authoritative server for %2 (this tester&apos;s listener) did not recognise the key %1 asked about, so %1 changed the key or the stream id.</source>
        <translation>%1 a répondu que la clé de numérotation (dialback) de %2 n&apos;est pas valide&#xa0;: le serveur faisant autorité pour %2 (l&apos;écouteur de ce testeur) n&apos;a pas reconnu la clé que %1 a soumise, donc %1 a modifié la clé ou l&apos;identifiant du flux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered that the dialback key of %2 is invalid: it connected to this tester&apos;s listener but asked no verification there, which happens when it refuses the listener&apos;s TLS; check that the listener presents a certificate for %2 from a CA the partner trusts.</source>
        <translation>%1 a répondu que la clé de numérotation (dialback) de %2 n&apos;est pas valide&#xa0;: il s&apos;est connecté à l&apos;écouteur de ce testeur mais n&apos;y a demandé aucune vérification, ce qui arrive quand il refuse le TLS de l&apos;écouteur&#xa0;; vérifiez que l&apos;écouteur présente un certificat pour %2 émis par une autorité de certification que le partenaire approuve.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered that the dialback key of %2 is invalid without asking this tester&apos;s listener: it asked another server for %2, which cannot know the test&apos;s key.</source>
        <translation>%1 a répondu que la clé de numérotation (dialback) de %2 n&apos;est pas valide sans interroger l&apos;écouteur de ce testeur&#xa0;: il a interrogé un autre serveur pour %2, qui ne peut pas connaître la clé du test.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered that the dialback key of %2 is invalid although the listener confirmed the key: %1 refuses dialback from %2 (check the partner&apos;s federation policy for %2).</source>
        <translation>%1 a répondu que la clé de numérotation (dialback) de %2 n&apos;est pas valide alors que l&apos;écouteur a confirmé la clé&#xa0;: %1 refuse la numérotation (dialback) venant de %2 (vérifiez la stratégie de fédération du partenaire pour %2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 answered the dialback key of %2 with the error “%3”.</source>
        <translation>%1 a répondu à la clé de numérotation (dialback) de %2 par l&apos;erreur «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered the dialback key of %2 with the error “%3”: %4</source>
        <translation>%1 a répondu à la clé de numérotation (dialback) de %2 par l&apos;erreur «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 connected back to the listener for %2 but gave no dialback answer within %3 s.</source>
        <translation>%1 s&apos;est reconnecté à l&apos;écouteur de %2 mais n&apos;a donné aucune réponse de numérotation (dialback) en %3 s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 gave no dialback answer within %3 s and did not connect back to the authoritative server for %2.</source>
        <translation>%1 n&apos;a donné aucune réponse de numérotation (dialback) en %3 s et ne s&apos;est pas reconnecté au serveur faisant autorité pour %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 did not connect back to the authoritative server for %2 (this tester&apos;s listener at %3) within %4 s.</source>
        <translation>%1 ne s&apos;est pas reconnecté au serveur faisant autorité pour %2 (l&apos;écouteur de ce testeur à %3) en %4 s.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Full dialback needs the listener at %1: free that port or set another listener address and port in the settings.</source>
        <translation>La numérotation complète a besoin de l&apos;écouteur à %1&#xa0;: libérez ce port ou indiquez une autre adresse et un autre port d&apos;écoute dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>DialbackExchange</name>
    <message>
        <location filename="../lib/probe/dialbackexchange.cpp" line="+115"/>
        <source>%1 accepted the dialback key of %2 (type=&apos;valid&apos;): dialback authenticated the stream.</source>
        <translation>%1 a accepté la clé de numérotation (dialback) de %2 (type=&apos;valid&apos;)&#xa0;: la numérotation a authentifié le flux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered the dialback key of %2 with type=&apos;invalid&apos;.</source>
        <translation>%1 a répondu à la clé de numérotation (dialback) de %2 par type=&apos;invalid&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered the dialback key of %2 with the error “%3”.</source>
        <translation>%1 a répondu à la clé de numérotation (dialback) de %2 par l&apos;erreur «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 gave no dialback answer within %2 s.</source>
        <translation>%1 n&apos;a donné aucune réponse de numérotation (dialback) en %2 s.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 did not connect back to the listener at %2.</source>
        <translation>%1 ne s&apos;est pas reconnecté à l&apos;écouteur à %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it asked no verification for this test&apos;s stream</source>
        <translation>il n&apos;a demandé aucune vérification pour le flux de ce test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its &lt;db:verify/&gt; was answered valid</source>
        <translation>son &lt;db:verify/&gt; a reçu la réponse valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its &lt;db:verify/&gt; was answered invalid</source>
        <translation>son &lt;db:verify/&gt; a reçu la réponse non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 connected back to the listener at %2 from %3; %4.</source>
        <translation>%1 s&apos;est reconnecté à l&apos;écouteur à %2 depuis %3&#xa0;; %4.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Full server dialback (XEP-0220) was off. For it to work, %1 must connect back to the authoritative server for %2: the _xmpp-server._tcp.%2 SRV target (the Access Edge&apos;s external FQDN) on its port, 5269.</source>
        <translation>La numérotation du serveur (dialback) complète (XEP-0220) était désactivée. Pour qu&apos;elle fonctionne, %1 doit se reconnecter au serveur faisant autorité pour %2&#xa0;: la cible SRV de _xmpp-server._tcp.%2 (le FQDN externe du service Edge d&apos;accès) sur son port, 5269.</translation>
    </message>
</context>
<context>
    <name>DialbackListener</name>
    <message>
        <location filename="../lib/probe/dialbacklistener.cpp" line="+78"/>
        <source>The certificate %1 for the dialback listener cannot be read with its key %2.</source>
        <translation>Le certificat %1 de l&apos;écouteur de numérotation ne peut pas être lu avec sa clé %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dialback listener cannot listen on %1: %2</source>
        <translation>L&apos;écouteur de numérotation ne peut pas écouter sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DnsServerText</name>
    <message>
        <location filename="../lib/dns/dnsservertext.cpp" line="+28"/>
        <source>the root servers (validation from the root)</source>
        <translation>les serveurs racines (validation depuis la racine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the DNS server %1</source>
        <translation>le serveur DNS %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system&apos;s resolver</source>
        <translation>le résolveur du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system&apos;s resolver, %1</source>
        <translation>le résolveur du système, %1</translation>
    </message>
</context>
<context>
    <name>DnssecStatusText</name>
    <message>
        <location filename="../lib/dns/dnssecstatus.cpp" line="+7"/>
        <source>secure</source>
        <comment>DNSSEC status</comment>
        <translation>sécurisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>insecure</source>
        <comment>DNSSEC status: the zone is not signed</comment>
        <translation>non sécurisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bogus</source>
        <comment>DNSSEC status: validation failed</comment>
        <translation>invalide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not validated</source>
        <comment>DNSSEC status: the DNS server passes no DNSSEC records</comment>
        <translation>non validé</translation>
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
        <location line="+41"/>
        <source>“%1” starts with the scheme “%2”. Enter the domain alone, for example fabrikam.com.</source>
        <translation>«&#xa0;%1&#xa0;» commence par le schéma «&#xa0;%2&#xa0;». Entrez uniquement le domaine, par exemple fabrikam.com.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>“%1” contains “@”. Enter a domain, not an address: the part after the “@”.</source>
        <translation>«&#xa0;%1&#xa0;» contient «&#xa0;@&#xa0;». Entrez un domaine, et non une adresse&#xa0;: la partie située après «&#xa0;@&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” contains “/”. Enter the domain alone, without a path or resource.</source>
        <translation>«&#xa0;%1&#xa0;» contient «&#xa0;/&#xa0;». Entrez uniquement le domaine, sans chemin ni ressource.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+108"/>
        <source>“%1” is an IP address. Enter a domain name.</source>
        <translation>«&#xa0;%1&#xa0;» est une adresse IP. Entrez un nom de domaine.</translation>
    </message>
    <message>
        <location line="-102"/>
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
        <location line="+10"/>
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
        <location filename="../app/cli/declaredoptions.h" line="+117"/>
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
        <location filename="../app/cli/commandline.cpp" line="-228"/>
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
        <location filename="../app/cli/declaredoptions.h" line="+4"/>
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
        <location filename="../app/cli/commandline.cpp" line="+5"/>
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
        <location line="+45"/>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Row %1: the list has no partner %2 any more.</source>
        <translation>Ligne %1&#xa0;: la liste n&apos;a plus de partenaire %2.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../app/import/importpreviewdialog.cpp" line="+99"/>
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
        <location line="+80"/>
        <source>From %1 (%2).</source>
        <translation>Depuis %1 (%2).</translation>
    </message>
    <message>
        <location line="-30"/>
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
        <location line="-10"/>
        <location line="+12"/>
        <source>Nothing in the list would change.</source>
        <translation>Rien ne changerait dans la liste.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to change</source>
        <comment>suggested settings summary</comment>
        <translation>
            <numerusform>%n à changer</numerusform>
            <numerusform>%n à changer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already set</source>
        <comment>suggested settings summary</comment>
        <translation>
            <numerusform>%n déjà défini</numerusform>
            <numerusform>%n déjà définis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused</source>
        <comment>suggested settings summary</comment>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The changes are one step you can undo; the partners changed need a new test.</source>
        <translation>Les changements forment une seule étape que vous pouvez annuler&#xa0;; les partenaires changés doivent être testés à nouveau.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refused rows are left out; the other rows are imported as one step you can undo.</source>
        <translation>Les lignes refusées sont laissées de côté&#xa0;; les autres sont importées en une seule étape que vous pouvez annuler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import is one step you can undo.</source>
        <translation>L&apos;importation est une seule étape que vous pouvez annuler.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apply Suggested Settings</source>
        <translation>Appliquer les paramètres suggérés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changes of settings that the connection tests suggested, partner by partner.</source>
        <translation>Les changements de paramètres que les tests de connexion ont suggérés, partenaire par partenaire.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Apply to %n partner(s)</source>
        <translation>
            <numerusform>&amp;Appliquer à %n partenaire</numerusform>
            <numerusform>&amp;Appliquer à %n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
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
        <location line="+4"/>
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
    <name>LocalCheckCommand</name>
    <message>
        <location filename="../app/cli/declaredoptions.h" line="-105"/>
        <source>Check my deployment: test the local domain (--local-domain) as partners see it: its SRV record, port 5269, STARTTLS, the certificate and dialback.</source>
        <translation>Vérifier mon déploiement&#xa0;: tester le domaine local (--local-domain) tel que les partenaires le voient&#xa0;: son enregistrement SRV, le port 5269, STARTTLS, le certificat et la numérotation (dialback).</translation>
    </message>
    <message>
        <location filename="../app/cli/localcheckcommand.cpp" line="+19"/>
        <source>--check-local needs the local XMPP domain to check: give --local-domain DOMAIN.</source>
        <translation>--check-local a besoin du domaine XMPP local à vérifier&#xa0;: indiquez --local-domain DOMAINE.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../forms/mainwindow.ui" line="+18"/>
        <location filename="../app/mainwindow.cpp" line="+250"/>
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
        <location line="+17"/>
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
        <source>Check my &amp;deployment…</source>
        <translation>Vérifier mon &amp;déploiement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Test the local domain as partners see it: SRV record, port 5269, certificate, dialback</source>
        <translation>Tester le domaine local tel que les partenaires le voient&#xa0;: enregistrement SRV, port 5269, certificat, numérotation (dialback)</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>A&amp;pply suggested setting</source>
        <translation>A&amp;ppliquer le paramètre suggéré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the selected partner&apos;s settings as the advice of its last test says</source>
        <translation>Changer les paramètres du partenaire sélectionné comme le dit le conseil de son dernier test</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the selected partner&apos;s settings as the advice of its last test says, as one step you can undo</source>
        <translation>Changer les paramètres du partenaire sélectionné comme le dit le conseil de son dernier test, en une étape que vous pouvez annuler</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../app/mainwindow.cpp" line="+243"/>
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
        <location filename="../app/mainwindow.cpp" line="-259"/>
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
        <location line="-132"/>
        <source>%n partner(s) imported.</source>
        <translation>
            <numerusform>%n partenaire importé.</numerusform>
            <numerusform>%n partenaires importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Suggested settings applied to %n partner(s); test them again.</source>
        <translation>
            <numerusform>Paramètres suggérés appliqués à %n partenaire&#xa0;; testez-le à nouveau.</numerusform>
            <numerusform>Paramètres suggérés appliqués à %n partenaires&#xa0;; testez-les à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+165"/>
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
        <location line="+117"/>
        <source>Change refused</source>
        <translation>Modification refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes were not saved.</source>
        <translation>Vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Check my deployment</source>
        <translation>Vérifier mon déploiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No local XMPP domain is set. The check tests that domain as partners see it: its SRV record, port 5269, the Edge&apos;s certificate and dialback. Open the connection test settings to enter it?</source>
        <translation>Aucun domaine XMPP local n&apos;est défini. La vérification teste ce domaine tel que les partenaires le voient&#xa0;: son enregistrement SRV, le port 5269, le certificat du serveur Edge et la numérotation (dialback). Ouvrir les paramètres du test de connexion pour le saisir&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the local XMPP domain to check: the domain partners federate with, as published in _xmpp-server._tcp.</source>
        <translation>Saisissez le domaine XMPP local à vérifier&#xa0;: le domaine avec lequel les partenaires se fédèrent, tel que publié dans _xmpp-server._tcp.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+25"/>
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
    <name>NameserverAddress</name>
    <message>
        <location filename="../lib/dns/nameserveraddress.cpp" line="+28"/>
        <source>“%1” opens a bracket “[” that is not closed.</source>
        <translation>«&#xa0;%1&#xa0;» ouvre un crochet «&#xa0;[&#xa0;» qui n&apos;est pas fermé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” has “%2” after the bracketed address; write [address]:port.</source>
        <translation>«&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;» après l&apos;adresse entre crochets&#xa0;; écrivez [adresse]:port.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>“%1” has a colon but no port after it.</source>
        <translation>«&#xa0;%1&#xa0;» contient un deux-points mais aucun port après.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an IP address: write an IPv4 or IPv6 address, optionally with a port (192.0.2.53:5353, [2001:db8::53]:5353).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP&#xa0;: écrivez une adresse IPv4 ou IPv6, éventuellement suivie d&apos;un port (192.0.2.53:5353, [2001:db8::53]:5353).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>Le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre de 1 à 65535.</translation>
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
        <location filename="../lib/models/partnertablemodel.cpp" line="+166"/>
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
        <location line="+2"/>
        <source>Certificate</source>
        <comment>column: days left of the partner&apos;s certificate</comment>
        <translation>Certificat</translation>
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
        <location line="+2"/>
        <source>Days left of the certificate that ends first among the partner&apos;s domains, from the last test</source>
        <translation>Jours restants du certificat qui expire le premier parmi les domaines du partenaire, d&apos;après le dernier test</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1 at %2</source>
        <comment>last test: verdict at time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (outdated: test again)</source>
        <comment>last test of settings changed since</comment>
        <translation>%1 (périmé&#xa0;: testez à nouveau)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: %2</source>
        <comment>verdict: advice</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings changed after this test; test again to see what they give.</source>
        <translation>Les paramètres ont changé depuis ce test&#xa0;; testez à nouveau pour voir ce qu&apos;ils donnent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested setting: %1 (Partner → Apply suggested setting)</source>
        <translation>Paramètre suggéré&#xa0;: %1 (Partenaire → Appliquer le paramètre suggéré)</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../lib/probe/policycheck.cpp" line="+43"/>
        <source>This configuration is refused (“%1”); change the negotiation settings to a combination the Control Panel accepts.</source>
        <translation>Cette configuration est refusée («&#xa0;%1&#xa0;»)&#xa0;; modifiez les paramètres de négociation pour obtenir une combinaison que le Panneau de configuration accepte.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The partner&apos;s server did not answer with an XMPP stream; check the partner&apos;s domain or proxy FQDN and its DNS SRV records, and that the Edge server can reach it.</source>
        <translation>Le serveur du partenaire n&apos;a pas répondu par un flux XMPP&#xa0;; vérifiez le domaine ou le FQDN du proxy du partenaire et ses enregistrements DNS SRV, et assurez-vous que le serveur Edge peut l&apos;atteindre.</translation>
    </message>
    <message numerus="yes">
        <location line="-43"/>
        <source>The partner&apos;s certificate %1 expires in %n day(s), on %2, and federation with it stops then; ask the partner&apos;s administrator to renew it and install the new one before that date.</source>
        <translation>
            <numerusform>Le certificat %1 du partenaire expire dans %n jour, le %2, et la fédération avec lui s&apos;arrête alors&#xa0;; demandez à l&apos;administrateur du partenaire de le renouveler et d&apos;installer le nouveau avant cette date.</numerusform>
            <numerusform>Le certificat %1 du partenaire expire dans %n jours, le %2, et la fédération avec lui s&apos;arrête alors&#xa0;; demandez à l&apos;administrateur du partenaire de le renouveler et d&apos;installer le nouveau avant cette date.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The partner&apos;s server requires TLS (its STARTTLS is marked required) but this configuration sets TLS negotiation to Not supported, so no connection is possible; set TLS negotiation to Optional, so that TLS is used wherever the partner&apos;s servers offer it.</source>
        <translation>Le serveur du partenaire exige TLS (son STARTTLS est marqué obligatoire) mais cette configuration définit la négociation TLS sur Non pris en charge, donc aucune connexion n&apos;est possible&#xa0;; définissez la négociation TLS sur Facultatif, pour que TLS soit utilisé partout où les serveurs du partenaire le proposent.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This configuration sets TLS negotiation to Required but the partner&apos;s server does not offer STARTTLS; ask the partner&apos;s administrator to enable TLS, or set TLS negotiation to Optional to accept unencrypted TCP dialback.</source>
        <translation>Cette configuration définit la négociation TLS sur Obligatoire, mais le serveur du partenaire ne propose pas STARTTLS&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer TLS, ou définissez la négociation TLS sur Facultatif pour accepter la numérotation (dialback) sur TCP non chiffrée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This configuration sets TLS negotiation to Required but the partner&apos;s server does not offer STARTTLS; ask the partner&apos;s administrator to enable TLS.</source>
        <translation>Cette configuration définit la négociation TLS sur Obligatoire, mais le serveur du partenaire ne propose pas STARTTLS&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer TLS.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The partner&apos;s server does not offer STARTTLS, which SASL needs, and this configuration does not allow dialback; ask the partner&apos;s administrator to enable TLS, or enable dialback negotiation to accept unencrypted TCP dialback.</source>
        <translation>Le serveur du partenaire ne propose pas STARTTLS, que SASL requiert, et cette configuration n&apos;autorise pas la numérotation (dialback)&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer TLS, ou activez la négociation de numérotation (dialback) pour accepter la numérotation sur TCP non chiffrée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The partner&apos;s server does not offer STARTTLS, which SASL needs; ask the partner&apos;s administrator to enable TLS.</source>
        <translation>Le serveur du partenaire ne propose pas STARTTLS, que SASL requiert&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer TLS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The partner&apos;s server offers neither STARTTLS nor dialback; ask the partner&apos;s administrator to enable TLS or dialback.</source>
        <translation>Le serveur du partenaire ne propose ni STARTTLS ni la numérotation (dialback)&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer TLS ou la numérotation (dialback).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The partner&apos;s server was reached over direct TLS (XEP-0368), which this configuration refuses by setting TLS negotiation to Not supported; set TLS negotiation to Optional.</source>
        <translation>Le serveur du partenaire a été joint en TLS direct (XEP-0368), ce que cette configuration refuse en définissant la négociation TLS sur Non pris en charge&#xa0;; définissez la négociation TLS sur Facultatif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partner&apos;s server offers no dialback on an unencrypted stream, the only kind this configuration allows; set TLS negotiation to Optional to use the TLS the partner offers.</source>
        <translation>Le serveur du partenaire ne propose pas la numérotation (dialback) sur un flux non chiffré, le seul type de flux que cette configuration autorise&#xa0;; définissez la négociation TLS sur Facultatif pour utiliser le TLS que propose le partenaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>The partner&apos;s server offers no dialback, the only method this configuration allows; ask the partner&apos;s administrator to enable dialback.</source>
        <translation>Le serveur du partenaire ne propose pas la numérotation (dialback), seule méthode que cette configuration autorise&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer la numérotation (dialback).</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The test ended before TLS was negotiated with the partner; check the report for the step that stopped it and run the test again.</source>
        <translation>Le test s&apos;est arrêté avant que TLS soit négocié avec le partenaire&#xa0;; recherchez dans le rapport l&apos;étape qui l&apos;a interrompu, puis relancez le test.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The partner&apos;s server offers neither dialback nor SASL EXTERNAL; ask the partner&apos;s administrator to enable dialback, or install a certificate for your domain from a CA the partner trusts so that it offers SASL EXTERNAL (XEP-0178).</source>
        <translation>Le serveur du partenaire ne propose ni la numérotation (dialback) ni SASL EXTERNAL&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer la numérotation (dialback), ou installez pour votre domaine un certificat émis par une autorité de certification approuvée par le partenaire afin qu&apos;il propose SASL EXTERNAL (XEP-0178).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partner&apos;s server offers SASL EXTERNAL but no dialback, the only method this configuration allows; set SASL negotiation to Optional, or ask the partner&apos;s administrator to enable dialback.</source>
        <translation>Le serveur du partenaire propose SASL EXTERNAL mais pas la numérotation (dialback), seule méthode que cette configuration autorise&#xa0;; définissez la négociation SASL sur Facultatif, ou demandez à l&apos;administrateur du partenaire d&apos;activer la numérotation (dialback).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The partner&apos;s server requires TLS but offers dialback only before TLS, not on the encrypted stream; ask the partner&apos;s administrator to offer dialback after TLS.</source>
        <translation>Le serveur du partenaire exige TLS, mais ne propose la numérotation (dialback) qu&apos;avant TLS, et non sur le flux chiffré&#xa0;; demandez à l&apos;administrateur du partenaire de proposer la numérotation (dialback) après TLS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partner&apos;s server offers dialback only on the unencrypted stream, which this configuration refuses by requiring TLS; ask the partner&apos;s administrator to offer dialback after TLS, or set TLS negotiation to Optional to accept unencrypted TCP dialback.</source>
        <translation>Le serveur du partenaire ne propose la numérotation (dialback) que sur le flux non chiffré, ce que cette configuration refuse en exigeant TLS&#xa0;; demandez à l&apos;administrateur du partenaire de proposer la numérotation (dialback) après TLS, ou définissez la négociation TLS sur Facultatif pour accepter la numérotation (dialback) sur TCP non chiffrée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The partner&apos;s server offers no authentication method that this configuration allows; compare the features in this report with the negotiation settings.</source>
        <translation>Le serveur du partenaire ne propose aucune méthode d&apos;authentification autorisée par cette configuration&#xa0;; comparez les fonctionnalités indiquées dans ce rapport avec les paramètres de négociation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS negotiation with the partner did not complete; ask the partner&apos;s administrator to check its TLS setup.</source>
        <translation>La négociation TLS avec le partenaire n&apos;a pas abouti&#xa0;; demandez à l&apos;administrateur du partenaire de vérifier sa configuration TLS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS negotiation with the partner failed (%1); correct that error, for a certificate error by trusting the issuing CA here or by asking the partner for a valid certificate for its domain.</source>
        <translation>La négociation TLS avec le partenaire a échoué (%1)&#xa0;; corrigez cette erreur (pour une erreur de certificat, approuvez ici l&apos;autorité de certification émettrice ou demandez au partenaire un certificat valide pour son domaine).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only TCP dialback is usable because TLS negotiation did not complete, so traffic with this partner is not encrypted; ask the partner&apos;s administrator to check its TLS setup.</source>
        <translation>La négociation TLS n&apos;ayant pas abouti, seule la numérotation (dialback) sur TCP est utilisable et le trafic avec ce partenaire n&apos;est pas chiffré&#xa0;; demandez à l&apos;administrateur du partenaire de vérifier sa configuration TLS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only TCP dialback is usable because TLS failed (%1), so traffic with this partner is not encrypted; correct that TLS error.</source>
        <translation>TLS ayant échoué (%1), seule la numérotation (dialback) sur TCP est utilisable et le trafic avec ce partenaire n&apos;est pas chiffré&#xa0;; corrigez cette erreur TLS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only TCP dialback is usable, so traffic with this partner is not encrypted; set TLS negotiation to Optional to use the TLS the partner offers.</source>
        <translation>Seule la numérotation (dialback) sur TCP est utilisable, donc le trafic avec ce partenaire n&apos;est pas chiffré&#xa0;; définissez la négociation TLS sur Facultatif pour utiliser le TLS que propose le partenaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only TCP dialback is usable because neither side uses TLS, so traffic with this partner is not encrypted; ask the partner&apos;s administrator to enable TLS and set TLS negotiation to Optional.</source>
        <translation>Aucun des deux côtés n&apos;utilisant TLS, seule la numérotation (dialback) sur TCP est utilisable et le trafic avec ce partenaire n&apos;est pas chiffré&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer TLS, puis définissez la négociation TLS sur Facultatif.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only TCP dialback is usable because the partner&apos;s server does not offer STARTTLS, so traffic with this partner is not encrypted; ask the partner&apos;s administrator to enable TLS.</source>
        <translation>Le serveur du partenaire ne proposant pas STARTTLS, seule la numérotation (dialback) sur TCP est utilisable et le trafic avec ce partenaire n&apos;est pas chiffré&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer TLS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only TCP dialback is usable, so traffic with this partner is not encrypted: after TLS the partner&apos;s server offers neither dialback nor SASL EXTERNAL; ask the partner&apos;s administrator to offer dialback after TLS, or install a certificate for your domain from a CA the partner trusts (XEP-0178).</source>
        <translation>Seule la numérotation (dialback) sur TCP est utilisable, donc le trafic avec ce partenaire n&apos;est pas chiffré&#xa0;: après TLS, le serveur du partenaire ne propose ni la numérotation (dialback) ni SASL EXTERNAL&#xa0;; demandez à l&apos;administrateur du partenaire de proposer la numérotation (dialback) après TLS, ou installez pour votre domaine un certificat émis par une autorité de certification approuvée par le partenaire (XEP-0178).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only TCP dialback is usable, so traffic with this partner is not encrypted: the partner&apos;s server offers no dialback after TLS; ask the partner&apos;s administrator to offer it.</source>
        <translation>Seule la numérotation (dialback) sur TCP est utilisable, donc le trafic avec ce partenaire n&apos;est pas chiffré&#xa0;: le serveur du partenaire ne propose pas la numérotation (dialback) après TLS&#xa0;; demandez à l&apos;administrateur du partenaire de la proposer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The partner&apos;s server refused SASL EXTERNAL (“%1”): it does not accept the client certificate as your domain&apos;s identity; use a certificate that names your domain (XEP-0178), from a CA the partner trusts.</source>
        <translation>Le serveur du partenaire a refusé SASL EXTERNAL («&#xa0;%1&#xa0;»)&#xa0;: il n&apos;accepte pas le certificat client comme identité de votre domaine&#xa0;; utilisez un certificat qui nomme votre domaine (XEP-0178), émis par une autorité de certification approuvée par le partenaire.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The partner&apos;s server did not offer SASL EXTERNAL, which it offers only to a server presenting a client certificate it trusts (XEP-0178); install a certificate for your domain from a CA the partner trusts, or enable dialback negotiation to accept unencrypted TCP dialback.</source>
        <translation>Le serveur du partenaire n&apos;a pas proposé SASL EXTERNAL, qu&apos;il ne propose qu&apos;à un serveur présentant un certificat client qu&apos;il approuve (XEP-0178)&#xa0;; installez pour votre domaine un certificat émis par une autorité de certification approuvée par le partenaire, ou activez la négociation de numérotation (dialback) pour accepter la numérotation sur TCP non chiffrée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partner&apos;s server did not offer SASL EXTERNAL, which it offers only to a server presenting a client certificate it trusts (XEP-0178); install a certificate for your domain from a CA the partner trusts, or enable dialback negotiation.</source>
        <translation>Le serveur du partenaire n&apos;a pas proposé SASL EXTERNAL, qu&apos;il ne propose qu&apos;à un serveur présentant un certificat client qu&apos;il approuve (XEP-0178)&#xa0;; installez pour votre domaine un certificat émis par une autorité de certification approuvée par le partenaire, ou activez la négociation de numérotation (dialback).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The partner&apos;s server did not offer SASL EXTERNAL, which it offers only to a server presenting a client certificate it trusts (XEP-0178); install a certificate for your domain from a CA the partner trusts, or set SASL negotiation to Optional so that dialback can be used.</source>
        <translation>Le serveur du partenaire n&apos;a pas proposé SASL EXTERNAL, qu&apos;il ne propose qu&apos;à un serveur présentant un certificat client qu&apos;il approuve (XEP-0178)&#xa0;; installez pour votre domaine un certificat émis par une autorité de certification approuvée par le partenaire, ou définissez la négociation SASL sur Facultatif afin de pouvoir utiliser la numérotation (dialback).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The partner&apos;s server did not offer SASL EXTERNAL, which it offers only to a server presenting a client certificate it trusts (XEP-0178); install a certificate for your domain from a CA the partner trusts, or set SASL negotiation to Optional and enable dialback negotiation.</source>
        <translation>Le serveur du partenaire n&apos;a pas proposé SASL EXTERNAL, qu&apos;il ne propose qu&apos;à un serveur présentant un certificat client qu&apos;il approuve (XEP-0178)&#xa0;; installez pour votre domaine un certificat émis par une autorité de certification approuvée par le partenaire, ou définissez la négociation SASL sur Facultatif et activez la négociation de numérotation (dialback).</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../app/cli/declaredoptions.cpp" line="+25"/>
        <source>Test the connection to XMPP federated partners.</source>
        <translation>Teste la connexion aux partenaires fédérés XMPP.</translation>
    </message>
    <message>
        <location filename="../app/cli/declaredoptions.h" line="-4"/>
        <source>Test the partners of FILE.</source>
        <translation>Teste les partenaires de FICHIER.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <location line="+7"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+33"/>
        <location line="+6"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="-69"/>
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
        <location line="+3"/>
        <source>Ask this DNS server (“system”: the system&apos;s resolver); its answers are still validated here (DNSSEC).</source>
        <translation>Interroger ce serveur DNS («&#xa0;system&#xa0;»&#xa0;: le résolveur du système)&#xa0;; ses réponses sont tout de même validées ici (DNSSEC).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP[:PORT]</source>
        <translation>IP[:PORT]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also trust these DNSSEC keys (DS or DNSKEY records in zone-file form), beside the root&apos;s: for internal signed zones.</source>
        <translation>Faire aussi confiance à ces clés DNSSEC (enregistrements DS ou DNSKEY au format de fichier de zone), en plus de celle de la racine&#xa0;: pour les zones internes signées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask the root servers and validate from the root, for when the DNS server strips DNSSEC records.</source>
        <translation>Interroger les serveurs racines et valider depuis la racine, quand le serveur DNS retire les enregistrements DNSSEC.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+3"/>
        <source>Also draw each server&apos;s TLS profile and grade (four more connections per domain).</source>
        <translation>Établit aussi le profil TLS et la note de chaque serveur (quatre connexions de plus par domaine).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also try full server dialback (XEP-0220), answering as the authoritative server of the local domain on a listener: the partners must reach this computer at the local domain&apos;s _xmpp-server SRV target and port.</source>
        <translation>Essayer aussi la numérotation du serveur (dialback) complète (XEP-0220), en répondant comme serveur faisant autorité du domaine local sur un écouteur&#xa0;: les partenaires doivent atteindre cet ordinateur à la cible SRV _xmpp-server et au port du domaine local.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the dialback listener listens (default *:5269); implies --full-dialback.</source>
        <translation>Où écoute l&apos;écouteur de numérotation (par défaut *:5269)&#xa0;; implique --full-dialback.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ADDRESS:PORT</source>
        <translation>ADRESSE:PORT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the full reports as JSON.</source>
        <translation>Affiche les rapports complets au format JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --check: text (the default: one line per domain), json (as --json), nagios (a monitoring plugin&apos;s status line, performance data and exit code) or prometheus (OpenMetrics for node_exporter&apos;s textfile collector).</source>
        <translation>Avec --check&#xa0;: text (par défaut&#xa0;: une ligne par domaine), json (comme --json), nagios (ligne d&apos;état, données de performance et code de retour d&apos;un plugin de supervision) ou prometheus (OpenMetrics pour le collecteur textfile de node_exporter).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --check: write the results to FILE instead of standard output, replacing it in one step (a temporary file beside it, then renamed).</source>
        <translation>Avec --check&#xa0;: écrire les résultats dans FICHIER au lieu de la sortie standard, en le remplaçant en une fois (un fichier temporaire à côté, puis renommé).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write to FILE the Set-CsXmppAllowedPartner commands that make the settings the tests suggest, one per partner (a script that changes nothing when no test suggests a change).</source>
        <translation>Écrire dans FICHIER les commandes Set-CsXmppAllowedPartner qui appliquent les paramètres suggérés par les tests, une par partenaire (un script qui ne change rien quand aucun test ne suggère de changement).</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../app/cli/declaredoptions.cpp" line="+2"/>
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
        <location filename="../app/cli/commandline.cpp" line="-15"/>
        <source>--check needs a partner file.</source>
        <translation>--check nécessite un fichier de partenaires.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>“%1” is not ADDRESS:PORT with an IP address (or *) and a port from 1 to 65535.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme ADRESSE:PORT avec une adresse IP (ou *) et un port de 1 à 65535.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a file name is needed.</source>
        <translation>un nom de fichier est nécessaire.</translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="+118"/>
        <source>the local XMPP domain is not set: give --local-domain DOMAIN.</source>
        <translation>le domaine XMPP local n&apos;est pas défini&#xa0;; indiquez --local-domain DOMAINE.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>a PEM --client-cert needs its --client-key.</source>
        <translation>un certificat --client-cert au format PEM nécessite sa clé --client-key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--client-key needs --client-cert.</source>
        <translation>--client-key nécessite --client-cert.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 is not a domain of any partner in %2.</source>
        <translation>%1 n&apos;est le domaine d&apos;aucun partenaire de %2.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+13"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <location filename="../lib/report/probereport.cpp" line="+61"/>
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
        <location filename="../lib/report/probereporthtml.cpp" line="+248"/>
        <source>Round trip</source>
        <translation>Aller-retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialback</source>
        <translation>Numérotation (dialback)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect back</source>
        <translation>Reconnexion</translation>
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
        <location filename="../lib/report/probereporthtml.cpp" line="+66"/>
        <location line="+19"/>
        <source>Connection test: %1</source>
        <translation>Test de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>method: %1</source>
        <translation>méthode&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>No round trip was possible.</source>
        <translation>Aucun aller-retour n&apos;a été possible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>answered in %1 ms</source>
        <translation>répondu en %1 ms</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>XEP-0199 ping: %1</source>
        <translation>Ping XEP-0199&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proven: the partner&apos;s server answered on the authenticated stream.</source>
        <translation>Prouvé&#xa0;: le serveur du partenaire a répondu sur le flux authentifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not proven: the ping got no result.</source>
        <translation>Non prouvé&#xa0;: le ping n&apos;a obtenu aucun résultat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server software (XEP-0092): %1</source>
        <translation>Logiciel du serveur (XEP-0092)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features after authentication: %1</source>
        <translation>Fonctionnalités après l&apos;authentification&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XEP-0030 disco#info: %1</source>
        <translation>disco#info XEP-0030&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identities: %1</source>
        <translation>Identités&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Between servers</source>
        <translation>Entre serveurs</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="-291"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Suggested setting: %1</source>
        <translation>Paramètre suggéré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+122"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+23"/>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+1"/>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS: %1, %2</source>
        <translation>TLS&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate names: %1</source>
        <translation>Noms du certificat&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+0"/>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>TLS profile</source>
        <translation>Profil TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cipher</source>
        <translation>Suite de chiffrement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key exchange</source>
        <translation>Échange de clés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1 bits)</source>
        <comment>cipher strength</comment>
        <translation> (%1 bits)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown</source>
        <comment>yes, no or unknown</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (score %2 of 100)</source>
        <translation>%1 (score de %2 sur 100)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward secrecy: %1</source>
        <translation>Confidentialité persistante&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate key: %1</source>
        <translation>Clé du certificat&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature algorithm: %1</source>
        <translation>Algorithme de signature&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <comment>signature algorithm</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OCSP stapling: %1</source>
        <translation>Agrafage OCSP&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCSP stapling: %1. %2</source>
        <translation>Agrafage OCSP&#xa0;: %1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete chain: %1</source>
        <translation>Chaîne complète&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Full server dialback</source>
        <translation>Numérotation du serveur (dialback) complète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off (an advanced option of the settings).</source>
        <translation>Désactivée (une option avancée des paramètres).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener: %1</source>
        <translation>Écouteur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listener did not start: %1</source>
        <translation>L&apos;écouteur n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key sent for the stream %1: %2</source>
        <translation>Clé envoyée pour le flux %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer: %1</source>
        <translation>Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected back from %1; verification answered: %2</source>
        <translation>Reconnecté depuis %1&#xa0;; vérification répondue&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not asked</source>
        <translation>non demandée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected back.</source>
        <translation>Pas de reconnexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not attempted.</source>
        <translation>Non tentée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>_xmpp-server SRV targets of %1: %2</source>
        <translation>Cibles SRV _xmpp-server de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Features offered</source>
        <translation>Fonctionnalités proposées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before TLS: %1</source>
        <translation>Avant TLS&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+52"/>
        <location line="+39"/>
        <location line="+24"/>
        <location line="+39"/>
        <location line="+4"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>After TLS: %1</source>
        <translation>Après TLS&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+58"/>
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
        <location line="+15"/>
        <source>Suggested setting</source>
        <translation>Paramètre suggéré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Apply suggested setting</source>
        <translation>&amp;Appliquer le paramètre suggéré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change this partner&apos;s settings as the advice says, as one step you can undo</source>
        <translation>Changer les paramètres de ce partenaire comme le dit le conseil, en une étape que vous pouvez annuler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy &amp;PowerShell</source>
        <translation>Copier le &amp;PowerShell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the Set-CsXmppAllowedPartner command that makes this change on the Edge server</source>
        <translation>Copier la commande Set-CsXmppAllowedPartner qui fait ce changement sur le serveur Edge</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+6"/>
        <source>TLS profile</source>
        <translation>Profil TLS</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Round trip</source>
        <translation>Aller-retour</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+5"/>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
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
        <location filename="../app/probe/probereportdialog.cpp" line="+80"/>
        <location line="+75"/>
        <location line="+174"/>
        <source>Connection test: %1</source>
        <translation>Test de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+79"/>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Testing… %1 of %2 done</source>
        <comment>tests done of all</comment>
        <translation>Test en cours… %1 sur %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+127"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Suggested setting: %1</source>
        <translation>Paramètre suggéré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Testing %1…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Test de %1 en cours…&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location line="+10"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Full server dialback: off</source>
        <translation>Numérotation du serveur (dialback) complète&#xa0;: désactivée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full server dialback: the listener at %1 did not start: %2</source>
        <translation>Numérotation du serveur (dialback) complète&#xa0;: l&apos;écouteur à %1 n&apos;a pas démarré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full server dialback: not attempted (listener %1)</source>
        <translation>Numérotation du serveur (dialback) complète&#xa0;: non tentée (écouteur %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full server dialback: %1; the partner connected back to %2 from %3</source>
        <translation>Numérotation du serveur (dialback) complète&#xa0;: %1&#xa0;; le partenaire s&apos;est reconnecté à %2 depuis %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full server dialback: %1; the partner did not connect back to %2</source>
        <translation>Numérotation du serveur (dialback) complète&#xa0;: %1&#xa0;; le partenaire ne s&apos;est pas reconnecté à %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verdict: %1</source>
        <translation>Verdict&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS grade: %1</source>
        <translation>Note TLS&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner&apos;s server software: %1</source>
        <translation>Logiciel du serveur du partenaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../app/probe/proberuncontroller.cpp" line="+90"/>
        <source>Before the first test, enter the local XMPP domain: the test opens its streams from it, as your Edge server would.</source>
        <translation>Avant le premier test, entrez le domaine XMPP local&#xa0;: le test ouvre ses flux depuis ce domaine, comme le ferait votre serveur Edge.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection tests are already running. Wait for them or cancel them.</source>
        <translation>Des tests de connexion sont déjà en cours. Attendez qu&apos;ils se terminent ou annulez-les.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is now %2 (was %3): %4</source>
        <comment>partner, verdict, previous verdict, advice</comment>
        <translation>%1 est maintenant %2 (était %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The certificate of %1 expired on %2: ask the partner&apos;s administrator to renew it.</source>
        <translation>Le certificat de %1 a expiré le %2&#xa0;: demandez à l&apos;administrateur du partenaire de le renouveler.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The certificate of %1 ends in %n day(s), on %2: ask the partner&apos;s administrator to renew it before then.</source>
        <translation>
            <numerusform>Le certificat de %1 expire dans %n jour, le %2&#xa0;: demandez à l&apos;administrateur du partenaire de le renouveler d&apos;ici là.</numerusform>
            <numerusform>Le certificat de %1 expire dans %n jours, le %2&#xa0;: demandez à l&apos;administrateur du partenaire de le renouveler d&apos;ici là.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeRunExporter</name>
    <message>
        <location filename="../app/probe/proberunexporter.cpp" line="+68"/>
        <source>connection-test-%1</source>
        <comment>file name; %1: date and time of the run</comment>
        <translation>test-de-connexion-%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the test report to %1…</source>
        <translation>Écriture du rapport de test dans %1…</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+9"/>
        <source>Printing the test report…</source>
        <translation>Impression du rapport de test…</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+109"/>
        <source>Started: %1</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-107"/>
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
        <location filename="../lib/report/proberunreporthtml.cpp" line="+59"/>
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
        <location line="+15"/>
        <location line="+16"/>
        <location line="+9"/>
        <location filename="../app/probe/proberunexporter.cpp" line="-36"/>
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
        <location filename="../app/probe/proberunwindow.cpp" line="+184"/>
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
        <location line="+7"/>
        <source>&amp;Apply suggested setting</source>
        <translation>&amp;Appliquer le paramètre suggéré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the selected partner&apos;s settings as its advice says, as one step you can undo</source>
        <translation>Changer les paramètres du partenaire sélectionné comme le dit son conseil, en une étape que vous pouvez annuler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply a&amp;ll suggested settings…</source>
        <translation>Appliquer &amp;tous les paramètres suggérés…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show every suggested change of settings, then make them all as one step you can undo</source>
        <translation>Montrer chaque changement de paramètres suggéré, puis les faire tous en une étape que vous pouvez annuler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy Power&amp;Shell</source>
        <translation>Copier le Power&amp;Shell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the Set-CsXmppAllowedPartner commands of every suggested change</source>
        <translation>Copier les commandes Set-CsXmppAllowedPartner de chaque changement suggéré</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../app/probe/proberunwindow.cpp" line="-40"/>
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
        <location line="+25"/>
        <source>Suggested setting: %1</source>
        <translation>Paramètre suggéré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+60"/>
        <source>Extra CA certificates:</source>
        <translation>Autres certificats d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/probe/probesettingsdialog.cpp" line="+30"/>
        <source>Extra CA certificates</source>
        <translation>Autres certificats d&apos;AC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM file, trusted besides the system CAs</source>
        <translation>Fichier PEM, approuvé en plus des AC du système</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+47"/>
        <location line="+37"/>
        <location line="+37"/>
        <location line="+245"/>
        <location line="+28"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="-429"/>
        <source>An IP address, with a port if not 53 (192.0.2.53:5353, [2001:db8::53]:5353), to ask instead of the system resolver, to compare internal and public views. Its answers are still validated here (DNSSEC).</source>
        <translation>Adresse IP, suivie d&apos;un port s&apos;il n&apos;est pas 53 (192.0.2.53:5353, [2001:db8::53]:5353), à interroger au lieu du résolveur du système, pour comparer les vues interne et publique. Ses réponses sont tout de même validées ici (DNSSEC).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DNSSEC trust anchors:</source>
        <translation>Ancres de confiance DNSSEC&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/probe/probesettingsdialog.cpp" line="+2"/>
        <source>DNSSEC trust anchors</source>
        <translation>Ancres de confiance DNSSEC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DS or DNSKEY records, trusted besides the root&apos;s key</source>
        <translation>Enregistrements DS ou DNSKEY, approuvés en plus de la clé de la racine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file of DS or DNSKEY records in zone-file form, for internal signed zones that do not chain up to the root.</source>
        <translation>Fichier d&apos;enregistrements DS ou DNSKEY au format de fichier de zone, pour les zones internes signées qui ne se rattachent pas à la racine.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Browse for DNSSEC trust anchors</source>
        <translation>Parcourir pour choisir les ancres de confiance DNSSEC</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Validate from the root servers (when the DNS server strips DNSSEC records)</source>
        <translation>Valider depuis les serveurs racines (quand le serveur DNS retire les enregistrements DNSSEC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the root servers and the partners&apos; own DNS servers directly instead of the DNS server above, so that DNSSEC can be validated even behind a resolver that removes signatures.</source>
        <translation>Interroger directement les serveurs racines et les propres serveurs DNS des partenaires au lieu du serveur DNS ci-dessus, pour que DNSSEC puisse être validé même derrière un résolveur qui retire les signatures.</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location filename="../app/probe/probesettingsdialog.cpp" line="+4"/>
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
        <location filename="../app/probe/probesettingsdialog.cpp" line="+9"/>
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
        <location line="+13"/>
        <source>Test all again every:</source>
        <translation>Tester tous les partenaires à nouveau toutes les&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>While the window is open, test every partner again at this interval, without opening a window, and say in the status bar when a verdict gets worse or a certificate ends within 30 days.</source>
        <translation>Tant que la fenêtre est ouverte, tester à nouveau chaque partenaire à cet intervalle, sans ouvrir de fenêtre, et signaler dans la barre d&apos;état quand un verdict empire ou qu&apos;un certificat expire dans 30 jours ou moins.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hours between two runs of Test all</source>
        <translation>Heures entre deux exécutions de Tester tous les partenaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Full server dialback (XEP-0220, advanced)</source>
        <translation>Numérotation du serveur (dialback) complète (XEP-0220, avancé)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Full server dialback</source>
        <translation>Numérotation du serveur (dialback) complète</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tester sends a dialback key and answers, as the authoritative server for the local domain, the partner&apos;s verification on a listener. The partner must be able to reach this computer at the local domain&apos;s _xmpp-server SRV target and port (normally the Access Edge&apos;s external FQDN, port 5269): run the test there, or forward that port here.</source>
        <translation>Le testeur envoie une clé de numérotation (dialback) et répond, comme serveur faisant autorité pour le domaine local, à la vérification du partenaire sur un écouteur. Le partenaire doit pouvoir atteindre cet ordinateur à la cible SRV _xmpp-server et au port du domaine local (normalement le FQDN externe du service Edge d&apos;accès, port 5269)&#xa0;: lancez le test à cet endroit, ou redirigez ce port vers ici.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Listen on address:</source>
        <translation>Écouter sur l&apos;adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listen on address</source>
        <translation>Écouter sur l&apos;adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every address</source>
        <translation>Toutes les adresses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An IP address of this computer for the listener; empty for every address.</source>
        <translation>Une adresse IP de cet ordinateur pour l&apos;écouteur&#xa0;; vide pour toutes les adresses.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen on port:</source>
        <translation>Écouter sur le port&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listen on port</source>
        <translation>Écouter sur le port</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listener certificate:</source>
        <translation>Certificat de l&apos;écouteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/probe/probesettingsdialog.cpp" line="-5"/>
        <source>Listener certificate</source>
        <translation>Certificat de l&apos;écouteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client certificate</source>
        <translation>Le certificat client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM certificate the listener presents on STARTTLS, for the local domain (the Access Edge&apos;s external certificate). Empty: the client certificate above.</source>
        <translation>Certificat PEM que l&apos;écouteur présente lors de STARTTLS, pour le domaine local (le certificat externe du service Edge d&apos;accès). Vide&#xa0;: le certificat client ci-dessus.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listener key:</source>
        <translation>Clé de l&apos;écouteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/probe/probesettingsdialog.cpp" line="+2"/>
        <source>Listener key</source>
        <translation>Clé de l&apos;écouteur</translation>
    </message>
    <message>
        <location filename="../app/probe/probesettingsdialog.cpp" line="-14"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zone files (*.ds *.key *.zone *.txt);;All files (*)</source>
        <translation>Fichiers de zone (*.ds *.key *.zone *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Clés (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The local XMPP domain is required: the test opens its streams from it.</source>
        <translation>Le domaine XMPP local est obligatoire&#xa0;: le test ouvre ses flux à partir de ce domaine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local XMPP domain: %1</source>
        <translation>Domaine XMPP local&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DNS server: %1</source>
        <translation>Serveur DNS&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A PEM client certificate needs its key file.</source>
        <translation>Un certificat client PEM nécessite son fichier de clé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The listener address “%1” is not an IP address.</source>
        <translation>L&apos;adresse d&apos;écoute «&#xa0;%1&#xa0;» n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The listener certificate and its key go together.</source>
        <translation>Le certificat de l&apos;écouteur et sa clé vont ensemble.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The total budget is shorter than one step&apos;s timeout.</source>
        <translation>Le délai total est inférieur au délai d&apos;une étape.</translation>
    </message>
</context>
<context>
    <name>RoundTrip</name>
    <message>
        <location filename="../lib/report/roundtrip.cpp" line="+9"/>
        <source>XEP-0288: answers come back on the connection that sent the stanza, so the partner need not connect to your Access Edge for them</source>
        <translation>XEP-0288&#xa0;: les réponses reviennent par la connexion qui a envoyé la strophe, donc le partenaire n&apos;a pas à se connecter à votre service Edge d&apos;accès pour elles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>XEP-0220: the server reports dialback errors instead of closing the stream</source>
        <translation>XEP-0220&#xa0;: le serveur signale les erreurs de numérotation (dialback) au lieu de fermer le flux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XEP-0199: the server answers pings, which keep-alive and this test use</source>
        <translation>XEP-0199&#xa0;: le serveur répond aux pings, qu&apos;utilisent le maintien de connexion (keep-alive) et ce test</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not sent</source>
        <comment>round trip query</comment>
        <translation>non envoyée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered</source>
        <comment>round trip query</comment>
        <translation>répondue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error “%1”</source>
        <comment>round trip query</comment>
        <translation>erreur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error “%1”: %2</source>
        <comment>round trip query</comment>
        <translation>erreur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer</source>
        <comment>round trip query</comment>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2)</source>
        <comment>software name and version (operating system)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RoundTripAdvice</name>
    <message>
        <location filename="../lib/advice/roundtripadvice.cpp" line="+7"/>
        <source>%1 accepted SASL EXTERNAL for %2, but no answer came within %3 s to: %4. The connection authenticates, yet stanzas from %2 to %5 are not proven to flow: ask the partner&apos;s administrator to look at its log for stanzas from %2, and check that its server answers XMPP pings (XEP-0199) for %5.</source>
        <translation>%1 a accepté SASL EXTERNAL pour %2, mais aucune réponse n&apos;est arrivée en %3 s à&#xa0;: %4. La connexion s&apos;authentifie, mais rien ne prouve que les strophes de %2 vers %5 passent&#xa0;: demandez à l&apos;administrateur du partenaire de chercher dans son journal les strophes de %2, et vérifiez que son serveur répond aux pings XMPP (XEP-0199) pour %5.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> The server&apos;s text: “%1”.</source>
        <translation> Texte du serveur&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 accepted SASL EXTERNAL for %2 and answered the XMPP ping (XEP-0199) to %3 with the error “%4”: its server does not answer pings, or not those from %2, so the round trip is not proven by a ping (see the disco#info and version answers in the report); ask the partner&apos;s administrator to enable XEP-0199 ping, which the Edge&apos;s keep-alive uses too.%5</source>
        <translation>%1 a accepté SASL EXTERNAL pour %2 et a répondu au ping XMPP (XEP-0199) vers %3 par l&apos;erreur «&#xa0;%4&#xa0;»&#xa0;: son serveur ne répond pas aux pings, ou pas à ceux de %2, donc l&apos;aller-retour n&apos;est pas prouvé par un ping (voir les réponses disco#info et version dans le rapport)&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer le ping XEP-0199, qu&apos;utilise aussi le maintien de connexion (keep-alive) du serveur Edge.%5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 accepted SASL EXTERNAL for %2, but answered the XMPP ping (XEP-0199) to %3 with the error “%4”: the connection authenticates, yet the partner&apos;s server does not deliver stanzas from %2 as expected; ask its administrator whether %2 is allowed to federate with %3 and whether ping is enabled.%5</source>
        <translation>%1 a accepté SASL EXTERNAL pour %2, mais a répondu au ping XMPP (XEP-0199) vers %3 par l&apos;erreur «&#xa0;%4&#xa0;»&#xa0;: la connexion s&apos;authentifie, mais le serveur du partenaire ne remet pas les strophes de %2 comme prévu&#xa0;; demandez à son administrateur si %2 est autorisé à se fédérer avec %3 et si le ping est activé.%5</translation>
    </message>
</context>
<context>
    <name>RoundTripExchange</name>
    <message>
        <location filename="../lib/probe/roundtripexchange.cpp" line="+170"/>
        <source>%1: answered in %2 ms</source>
        <translation>%1&#xa0;: répondu en %2 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>XEP-0199 ping</source>
        <translation>ping XEP-0199</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XEP-0030 disco#info</source>
        <translation>disco#info XEP-0030</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XEP-0092 version</source>
        <translation>version XEP-0092</translation>
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
        <location filename="../lib/probe/serverresolver.cpp" line="+196"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>The server address “%1” is not valid: %2</source>
        <translation>L&apos;adresse de serveur «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to %1 as configured; SRV records were not looked up.</source>
        <translation>Connexion à %1 selon la configuration&#xa0;; les enregistrements SRV n&apos;ont pas été recherchés.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1: no record (DNSSEC: %2).</source>
        <translation>%1&#xa0;: aucun enregistrement (DNSSEC&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: target “.”, the service is not offered (DNSSEC: %2).</source>
        <translation>%1&#xa0;: cible «&#xa0;.&#xa0;», le service n&apos;est pas proposé (DNSSEC&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the target “%2” is not a host name; this record is skipped.</source>
        <translation>%1&#xa0;: la cible «&#xa0;%2&#xa0;» n&apos;est pas un nom d&apos;hôte&#xa0;; cet enregistrement est ignoré.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n record(s) (DNSSEC: %2).</source>
        <translation>
            <numerusform>%1&#xa0;: %n enregistrement (DNSSEC&#xa0;: %2).</numerusform>
            <numerusform>%1&#xa0;: %n enregistrements (DNSSEC&#xa0;: %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SRV records of %1 fail DNSSEC validation: %2</source>
        <translation>Les enregistrements SRV de %1 échouent à la validation DNSSEC&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The SRV records of %1 name no server that can be looked up: “%2” is not a host name.</source>
        <translation>Les enregistrements SRV de %1 ne désignent aucun serveur qui puisse être recherché&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The DNS of %1 says it offers no XMPP server-to-server service (SRV target “.”).</source>
        <translation>D&apos;après le DNS, %1 ne propose aucun service XMPP de serveur à serveur (cible SRV «&#xa0;.&#xa0;»).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No SRV record: falling back to %1 on port %2 (A/AAAA records).</source>
        <translation>Aucun enregistrement SRV&#xa0;: repli sur %1, port %2 (enregistrements A/AAAA).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The DNS lookup of %1 failed.</source>
        <translation>La recherche DNS de %1 a échoué.</translation>
    </message>
</context>
<context>
    <name>StreamAdvice</name>
    <message>
        <location filename="../lib/advice/streamadvice.cpp" line="+33"/>
        <source>%1 answered with HTTP (“%2”), not XMPP: that port belongs to a web server; correct the port of the partner&apos;s proxy FQDN or SRV record (server-to-server XMPP is usually on port 5269).</source>
        <translation>%1 a répondu en HTTP («&#xa0;%2&#xa0;»), pas en XMPP&#xa0;: ce port appartient à un serveur web&#xa0;; corrigez le port du FQDN du proxy ou de l&apos;enregistrement SRV du partenaire (le XMPP de serveur à serveur utilise généralement le port 5269).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered with TLS where an XMPP stream was expected: it is a direct TLS port (XEP-0368), which belongs in an _xmpps-server SRV record; use the partner&apos;s STARTTLS port (usually 5269) in its proxy FQDN or SRV record.</source>
        <translation>%1 a répondu en TLS là où un flux XMPP était attendu&#xa0;: c&apos;est un port TLS direct (XEP-0368), qui relève d&apos;un enregistrement SRV _xmpps-server&#xa0;; utilisez le port STARTTLS du partenaire (généralement 5269) dans son FQDN du proxy ou son enregistrement SRV.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sent data that is not XML (“%2”) instead of an XMPP stream: no XMPP server listens there; correct the port of the partner&apos;s proxy FQDN or SRV record (server-to-server XMPP is usually on port 5269).</source>
        <translation>%1 a envoyé des données qui ne sont pas du XML («&#xa0;%2&#xa0;») au lieu d&apos;un flux XMPP&#xa0;: aucun serveur XMPP n&apos;écoute là&#xa0;; corrigez le port du FQDN du proxy ou de l&apos;enregistrement SRV du partenaire (le XMPP de serveur à serveur utilise généralement le port 5269).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 sent the XML element &lt;%2&gt; instead of an XMPP stream: no XMPP server-to-server service listens there; correct the port of the partner&apos;s proxy FQDN or SRV record.</source>
        <translation>%1 a envoyé l&apos;élément XML &lt;%2&gt; au lieu d&apos;un flux XMPP&#xa0;: aucun service XMPP de serveur à serveur n&apos;écoute là&#xa0;; corrigez le port du FQDN du proxy ou de l&apos;enregistrement SRV du partenaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 sent a document type declaration (DTD), which XMPP forbids and the test refuses to read (RFC 6120 §11.1): the server is faulty or hostile; tell the partner&apos;s administrator.</source>
        <translation>%1 a envoyé une déclaration de type de document (DTD), que XMPP interdit et que le test refuse de lire (RFC 6120 §11.1)&#xa0;: le serveur est défaillant ou hostile&#xa0;; prévenez l&apos;administrateur du partenaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sent an entity reference that XMPP does not allow: the server is faulty or hostile; tell the partner&apos;s administrator.</source>
        <translation>%1 a envoyé une référence d&apos;entité que XMPP n&apos;autorise pas&#xa0;: le serveur est défaillant ou hostile&#xa0;; prévenez l&apos;administrateur du partenaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent a stream header larger than %2 KiB, which the test refuses to read: the server is faulty or hostile; tell the partner&apos;s administrator.</source>
        <translation>%1 a envoyé un en-tête de flux de plus de %2 Kio, que le test refuse de lire&#xa0;: le serveur est défaillant ou hostile&#xa0;; prévenez l&apos;administrateur du partenaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 sent an element larger than %2 KiB, which the test refuses to read: the server is faulty or hostile; tell the partner&apos;s administrator.</source>
        <translation>%1 a envoyé un élément de plus de %2 Kio, que le test refuse de lire&#xa0;: le serveur est défaillant ou hostile&#xa0;; prévenez l&apos;administrateur du partenaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sent text that is not UTF-8, which XMPP requires (RFC 6120 §11.6): the partner&apos;s server is faulty; send the report&apos;s transcript to its administrator.</source>
        <translation>%1 a envoyé du texte qui n&apos;est pas en UTF-8, ce que XMPP exige (RFC 6120 §11.6)&#xa0;: le serveur du partenaire est défaillant&#xa0;; envoyez la transcription du rapport à son administrateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 declared an encoding other than UTF-8, which XMPP forbids (RFC 6120 §11.6): the partner&apos;s server is faulty; send the report&apos;s transcript to its administrator.</source>
        <translation>%1 a déclaré un encodage autre qu&apos;UTF-8, ce que XMPP interdit (RFC 6120 §11.6)&#xa0;: le serveur du partenaire est défaillant&#xa0;; envoyez la transcription du rapport à son administrateur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 sent XML that is not well-formed (%2): the partner&apos;s server is faulty; send the report&apos;s transcript to its administrator.</source>
        <translation>%1 a envoyé du XML mal formé (%2)&#xa0;: le serveur du partenaire est défaillant&#xa0;; envoyez la transcription du rapport à son administrateur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 accepted the connection but sent nothing within %2 s of the stream header: no XMPP server answers there; check the port of the partner&apos;s proxy FQDN or SRV record (server-to-server XMPP is usually on port 5269).</source>
        <translation>%1 a accepté la connexion mais n&apos;a rien envoyé dans les %2 s suivant l&apos;en-tête de flux&#xa0;: aucun serveur XMPP ne répond là&#xa0;; vérifiez le port du FQDN du proxy ou de l&apos;enregistrement SRV du partenaire (le XMPP de serveur à serveur utilise généralement le port 5269).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 sent %n byte(s) but not a complete stream header and features within %2 s: the server is overloaded or stalls; ask the partner&apos;s administrator to check it.</source>
        <translation>
            <numerusform>%1 a envoyé %n octet, mais pas d&apos;en-tête de flux ni de fonctionnalités complets en %2 s&#xa0;: le serveur est surchargé ou bloqué&#xa0;; demandez à l&apos;administrateur du partenaire de le vérifier.</numerusform>
            <numerusform>%1 a envoyé %n octets, mais pas d&apos;en-tête de flux ni de fonctionnalités complets en %2 s&#xa0;: le serveur est surchargé ou bloqué&#xa0;; demandez à l&apos;administrateur du partenaire de le vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not answer STARTTLS within %2 s, although it offered it; ask the partner&apos;s administrator to check its TLS setup.</source>
        <translation>%1 n&apos;a pas répondu à STARTTLS en %2 s, bien qu&apos;il l&apos;ait proposé&#xa0;; demandez à l&apos;administrateur du partenaire de vérifier sa configuration TLS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS handshake with %1 did not complete within %2 s: the server is overloaded, or something on the way holds TLS back; ask the partner&apos;s administrator to check it.</source>
        <translation>La négociation TLS avec %1 ne s&apos;est pas achevée en %2 s&#xa0;: le serveur est surchargé, ou un équipement sur le chemin retient TLS&#xa0;; demandez à l&apos;administrateur du partenaire de le vérifier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 offered no features within %2 s after TLS; ask the partner&apos;s administrator to look at its log for this connection.</source>
        <translation>%1 n&apos;a proposé aucune fonctionnalité dans les %2 s suivant TLS&#xa0;; demandez à l&apos;administrateur du partenaire de consulter son journal pour cette connexion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer SASL EXTERNAL within %2 s; ask the partner&apos;s administrator to look at its log for this connection.</source>
        <translation>%1 n&apos;a pas répondu à SASL EXTERNAL en %2 s&#xa0;; demandez à l&apos;administrateur du partenaire de consulter son journal pour cette connexion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 accepted SASL EXTERNAL but offered no features within %2 s on the stream restarted after it; ask the partner&apos;s administrator to look at its log for this connection.</source>
        <translation>%1 a accepté SASL EXTERNAL mais n&apos;a offert aucune fonctionnalité en %2 s sur le flux redémarré ensuite&#xa0;; demandez à l&apos;administrateur du partenaire de chercher cette connexion dans son journal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 closed the XMPP stream without an error before offering anything: it may refuse this computer&apos;s address or the local domain; ask the partner&apos;s administrator to look at its log for this connection.</source>
        <translation>%1 a fermé le flux XMPP sans erreur avant de proposer quoi que ce soit&#xa0;: il refuse peut-être l&apos;adresse de cet ordinateur ou le domaine local&#xa0;; demandez à l&apos;administrateur du partenaire de consulter son journal pour cette connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 closed the XMPP stream without an error after TLS: it may refuse the local domain or its certificate; ask the partner&apos;s administrator to look at its log for this connection.</source>
        <translation>%1 a fermé le flux XMPP sans erreur après TLS&#xa0;: il refuse peut-être le domaine local ou son certificat&#xa0;; demandez à l&apos;administrateur du partenaire de consulter son journal pour cette connexion.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 closed the connection without an XMPP answer: it may refuse this computer&apos;s address, or not be an XMPP server; check the port of the partner&apos;s proxy FQDN or SRV record, and ask the partner&apos;s administrator whether it filters by address.</source>
        <translation>%1 a fermé la connexion sans réponse XMPP&#xa0;: il refuse peut-être l&apos;adresse de cet ordinateur, ou ce n&apos;est pas un serveur XMPP&#xa0;; vérifiez le port du FQDN du proxy ou de l&apos;enregistrement SRV du partenaire, et demandez à l&apos;administrateur du partenaire s&apos;il filtre par adresse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 closed the connection during the TLS handshake: its TLS setup is broken, often a missing or unreadable certificate or key; ask the partner&apos;s administrator to check them.</source>
        <translation>%1 a fermé la connexion pendant la négociation TLS&#xa0;: sa configuration TLS est défectueuse, souvent un certificat ou une clé manquants ou illisibles&#xa0;; demandez à l&apos;administrateur du partenaire de les vérifier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 closed the connection after TLS without saying why: it may refuse the local domain or its certificate; ask the partner&apos;s administrator to look at its log for this connection.</source>
        <translation>%1 a fermé la connexion après TLS sans dire pourquoi&#xa0;: il refuse peut-être le domaine local ou son certificat&#xa0;; demandez à l&apos;administrateur du partenaire de consulter son journal pour cette connexion.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The test did not finish within its budget of %1 s (it was at the step “%2”); raise the total budget in the connection test settings, or look at the slow step in this report.</source>
        <translation>Le test ne s&apos;est pas terminé dans son budget de %1 s (il en était à l&apos;étape «&#xa0;%2&#xa0;»)&#xa0;; augmentez le budget total dans les paramètres du test de connexion, ou examinez l&apos;étape lente dans ce rapport.</translation>
    </message>
</context>
<context>
    <name>StreamErrorAdvice</name>
    <message>
        <location filename="../lib/advice/streamerroradvice.cpp" line="+27"/>
        <source>%1 The server&apos;s text: “%2”.</source>
        <translation>%1 Texte du serveur&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ended the stream with “not-authorized” before TLS: it talks only to servers that authenticate over TLS; set TLS negotiation to Required or Optional.</source>
        <translation>%1 a terminé le flux avec «&#xa0;not-authorized&#xa0;» avant TLS&#xa0;: il ne parle qu&apos;aux serveurs qui s&apos;authentifient sur TLS&#xa0;; définissez la négociation TLS sur Obligatoire ou Facultatif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ended the stream with “not-authorized” after TLS: it does not accept the client certificate presented for %2; use a certificate for %2 from a CA the partner trusts, for SASL EXTERNAL (XEP-0178).</source>
        <translation>%1 a terminé le flux avec «&#xa0;not-authorized&#xa0;» après TLS&#xa0;: il n&apos;accepte pas le certificat client présenté pour %2&#xa0;; utilisez un certificat pour %2 émis par une autorité de certification approuvée par le partenaire, pour SASL EXTERNAL (XEP-0178).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ended the stream with “not-authorized” after TLS: it accepts only servers that present a certificate it trusts, and no client certificate is configured for %2; install a certificate for %2 from a CA the partner trusts and set it in the connection test settings, for SASL EXTERNAL (XEP-0178).</source>
        <translation>%1 a terminé le flux avec «&#xa0;not-authorized&#xa0;» après TLS&#xa0;: il n&apos;accepte que les serveurs qui présentent un certificat qu&apos;il approuve, et aucun certificat client n&apos;est configuré pour %2&#xa0;; installez un certificat pour %2 émis par une autorité de certification approuvée par le partenaire et définissez-le dans les paramètres du test de connexion, pour SASL EXTERNAL (XEP-0178).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 ended the stream with “host-unknown”: this server does not serve %2; check the partner&apos;s proxy FQDN or SRV target, which may point to another organisation&apos;s server, or ask the partner&apos;s administrator to add %2 to it.</source>
        <translation>%1 a terminé le flux avec «&#xa0;host-unknown&#xa0;»&#xa0;: ce serveur ne sert pas %2&#xa0;; vérifiez le FQDN du proxy ou la cible SRV du partenaire, qui pointent peut-être vers le serveur d&apos;une autre organisation, ou demandez à l&apos;administrateur du partenaire d&apos;y ajouter %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ended the stream with “host-gone”: it no longer serves %2; ask the partner&apos;s administrator where the XMPP service of %2 moved, then update the proxy FQDN or ask for the SRV record to be updated.</source>
        <translation>%1 a terminé le flux avec «&#xa0;host-gone&#xa0;»&#xa0;: il ne sert plus %2&#xa0;; demandez à l&apos;administrateur du partenaire où le service XMPP de %2 a été déplacé, puis mettez à jour le FQDN du proxy ou demandez la mise à jour de l&apos;enregistrement SRV.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ended the stream with “invalid-from”: it does not accept %2 as the sending domain; set the local domain of the connection test settings to your federated SIP domain.</source>
        <translation>%1 a terminé le flux avec «&#xa0;invalid-from&#xa0;»&#xa0;: il n&apos;accepte pas %2 comme domaine d&apos;envoi&#xa0;; définissez le domaine local des paramètres du test de connexion sur votre domaine SIP fédéré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ended the stream with “improper-addressing”: the stream&apos;s from or to address is missing or wrong for it; check the local domain (%2) in the connection test settings and the partner&apos;s domain (%3).</source>
        <translation>%1 a terminé le flux avec «&#xa0;improper-addressing&#xa0;»&#xa0;: l&apos;adresse from ou to du flux est absente ou incorrecte à ses yeux&#xa0;; vérifiez le domaine local (%2) dans les paramètres du test de connexion et le domaine du partenaire (%3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ended the stream with “invalid-namespace”: it does not take server-to-server streams on this port; use the partner&apos;s server-to-server port (usually 5269, not the client port 5222) in the proxy FQDN or SRV record.</source>
        <translation>%1 a terminé le flux avec «&#xa0;invalid-namespace&#xa0;»&#xa0;: il n&apos;accepte pas de flux de serveur à serveur sur ce port&#xa0;; utilisez le port de serveur à serveur du partenaire (généralement 5269, pas le port client 5222) dans le FQDN du proxy ou l&apos;enregistrement SRV.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ended the stream with “policy-violation”: a local policy of the partner&apos;s server refuses this connection (for example it requires TLS, a trusted certificate, or blocks %2); ask the partner&apos;s administrator which policy, quoting the server&apos;s text.</source>
        <translation>%1 a terminé le flux avec «&#xa0;policy-violation&#xa0;»&#xa0;: une stratégie locale du serveur du partenaire refuse cette connexion (par exemple, elle exige TLS, un certificat approuvé, ou bloque %2)&#xa0;; demandez à l&apos;administrateur du partenaire de quelle stratégie il s&apos;agit, en citant le texte du serveur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ended the stream with “see-other-host”, redirecting to %2, which the test does not follow; set the partner&apos;s proxy FQDN to that host if the partner confirms it.</source>
        <translation>%1 a terminé le flux avec «&#xa0;see-other-host&#xa0;», en redirigeant vers %2, ce que le test ne suit pas&#xa0;; définissez le FQDN du proxy du partenaire sur cet hôte si le partenaire le confirme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ended the stream with “remote-connection-failed”: a server behind it could not be reached; ask the partner&apos;s administrator to check its internal servers.</source>
        <translation>%1 a terminé le flux avec «&#xa0;remote-connection-failed&#xa0;»&#xa0;: un serveur situé derrière lui est injoignable&#xa0;; demandez à l&apos;administrateur du partenaire de vérifier ses serveurs internes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ended the stream with “connection-timeout”: it found this connection too slow or idle; run the test again, and check the network between the Edge server and the partner.</source>
        <translation>%1 a terminé le flux avec «&#xa0;connection-timeout&#xa0;»&#xa0;: il a jugé cette connexion trop lente ou inactive&#xa0;; relancez le test, et vérifiez le réseau entre le serveur Edge et le partenaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ended the stream with “conflict”: it already has a stream from %2 and refused a second one; run the test again later.</source>
        <translation>%1 a terminé le flux avec «&#xa0;conflict&#xa0;»&#xa0;: il a déjà un flux de %2 et en a refusé un second&#xa0;; relancez le test plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ended the stream with “resource-constraint”: it lacks the resources to serve this connection now; run the test again later, and tell the partner&apos;s administrator if it lasts.</source>
        <translation>%1 a terminé le flux avec «&#xa0;resource-constraint&#xa0;»&#xa0;: il manque de ressources pour servir cette connexion maintenant&#xa0;; relancez le test plus tard, et prévenez l&apos;administrateur du partenaire si cela dure.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ended the stream with “system-shutdown”: the partner&apos;s server is shutting down; run the test again once it is back.</source>
        <translation>%1 a terminé le flux avec «&#xa0;system-shutdown&#xa0;»&#xa0;: le serveur du partenaire s&apos;arrête&#xa0;; relancez le test quand il sera de retour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ended the stream with “reset”: it wants the stream opened again; run the test again.</source>
        <translation>%1 a terminé le flux avec «&#xa0;reset&#xa0;»&#xa0;: il veut que le flux soit rouvert&#xa0;; relancez le test.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ended the stream with “internal-server-error”: the partner&apos;s server failed internally; ask its administrator to look at its log.</source>
        <translation>%1 a terminé le flux avec «&#xa0;internal-server-error&#xa0;»&#xa0;: le serveur du partenaire a subi une erreur interne&#xa0;; demandez à son administrateur de consulter son journal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ended the stream with “unsupported-version”: it does not accept XMPP 1.0 streams; ask the partner&apos;s administrator to upgrade its server.</source>
        <translation>%1 a terminé le flux avec «&#xa0;unsupported-version&#xa0;»&#xa0;: il n&apos;accepte pas les flux XMPP 1.0&#xa0;; demandez à l&apos;administrateur du partenaire de mettre à niveau son serveur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ended the stream with “%2”: it could not accept what the test sent, which follows RFC 6120; send this report&apos;s transcript to the partner&apos;s administrator.</source>
        <translation>%1 a terminé le flux avec «&#xa0;%2&#xa0;»&#xa0;: il n&apos;a pas pu accepter ce que le test a envoyé, qui suit la RFC 6120&#xa0;; envoyez la transcription de ce rapport à l&apos;administrateur du partenaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ended the stream with “undefined-condition”: it gave no standard reason; ask the partner&apos;s administrator, quoting the server&apos;s text.</source>
        <translation>%1 a terminé le flux avec «&#xa0;undefined-condition&#xa0;»&#xa0;: il n&apos;a donné aucune raison standard&#xa0;; interrogez l&apos;administrateur du partenaire, en citant le texte du serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ended the stream with an error that names no condition; ask the partner&apos;s administrator to look at its log.</source>
        <translation>%1 a terminé le flux avec une erreur qui ne nomme aucune condition&#xa0;; demandez à l&apos;administrateur du partenaire de consulter son journal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ended the stream with “%2”, a condition XMPP does not define; ask the partner&apos;s administrator what it means.</source>
        <translation>%1 a terminé le flux avec «&#xa0;%2&#xa0;», une condition que XMPP ne définit pas&#xa0;; demandez à l&apos;administrateur du partenaire ce qu&apos;elle signifie.</translation>
    </message>
</context>
<context>
    <name>StreamNegotiation</name>
    <message>
        <location filename="../lib/probe/streamnegotiation.cpp" line="+105"/>
        <source>SASL EXTERNAL was not attempted: the server ended the stream before offering its features after TLS.</source>
        <translation>SASL EXTERNAL n&apos;a pas été tenté&#xa0;: le serveur a mis fin au flux avant de proposer ses fonctionnalités après TLS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server ended the stream with the error “%1”.</source>
        <translation>Le serveur a mis fin au flux avec l&apos;erreur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server ended the stream with the error “%1”: %2</source>
        <translation>Le serveur a mis fin au flux avec l&apos;erreur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+8"/>
        <source>TLS negotiation is set to Not supported.</source>
        <translation>La négociation TLS est définie sur Non pris en charge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not offer STARTTLS.</source>
        <translation>Le serveur ne propose pas STARTTLS.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No TLS, so no stream restart.</source>
        <translation>Pas de TLS, donc pas de redémarrage du flux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SASL needs TLS.</source>
        <translation>SASL requiert TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No TLS, so no SASL EXTERNAL and no round trip.</source>
        <translation>Pas de TLS, donc ni SASL EXTERNAL ni aller-retour.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the server answered STARTTLS with &lt;failure/&gt;</source>
        <translation>le serveur a répondu à STARTTLS par &lt;failure/&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused STARTTLS (&lt;failure/&gt;).</source>
        <translation>Le serveur a refusé STARTTLS (&lt;failure/&gt;).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Features after TLS: %1.</source>
        <translation>Fonctionnalités après TLS&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not tried: the check of the own deployment does not authenticate as a partner.</source>
        <translation>Non tenté&#xa0;: la vérification du propre déploiement ne s&apos;authentifie pas comme un partenaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No client certificate is configured, so SASL EXTERNAL was not attempted.</source>
        <translation>Aucun certificat client n&apos;est configuré, donc SASL EXTERNAL n&apos;a pas été tenté.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>SASL EXTERNAL authenticated the stream: no dialback needed.</source>
        <translation>SASL EXTERNAL a authentifié le flux&#xa0;: aucune numérotation (dialback) nécessaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The partner&apos;s settings do not allow dialback.</source>
        <translation>Les paramètres du partenaire n&apos;autorisent pas la numérotation (dialback).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not offer dialback after TLS.</source>
        <translation>Le serveur n&apos;offre pas la numérotation (dialback) après TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server does not offer dialback.</source>
        <translation>Le serveur n&apos;offre pas la numérotation (dialback).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server gave its stream no id, which the dialback key needs.</source>
        <translation>Le serveur n&apos;a donné aucun identifiant à son flux, dont la clé de numérotation a besoin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No dialback, so no connect back.</source>
        <translation>Pas de numérotation (dialback), donc pas de reconnexion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dialback listener did not start.</source>
        <translation>L&apos;écouteur de numérotation n&apos;a pas démarré.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>No round trip was possible: it needs SASL EXTERNAL, and no client certificate is configured for %1.</source>
        <translation>Aucun aller-retour n&apos;a été possible&#xa0;: il faut SASL EXTERNAL, et aucun certificat client n&apos;est configuré pour %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server does not offer SASL EXTERNAL to %1: it does not trust the client certificate presented.</source>
        <translation>Le serveur ne propose pas SASL EXTERNAL à %1&#xa0;: il n&apos;approuve pas le certificat client présenté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No round trip was possible: the server does not offer SASL EXTERNAL to %1.</source>
        <translation>Aucun aller-retour n&apos;a été possible&#xa0;: le serveur n&apos;offre pas SASL EXTERNAL à %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>SASL EXTERNAL failed with the condition “%1”.</source>
        <translation>SASL EXTERNAL a échoué avec la condition «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No round trip was possible: SASL EXTERNAL failed with the condition “%1”.</source>
        <translation>Aucun aller-retour n&apos;a été possible&#xa0;: SASL EXTERNAL a échoué avec la condition «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SASL EXTERNAL succeeded: the partner accepted the certificate of %1.</source>
        <translation>SASL EXTERNAL a réussi&#xa0;: le partenaire a accepté le certificat de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No round trip was possible: the server does not offer bidirectional streams (XEP-0288), so it would answer over a connection of its own to the server of %1, which this test does not see.</source>
        <translation>Aucun aller-retour n&apos;a été possible&#xa0;: le serveur n&apos;offre pas les flux bidirectionnels (XEP-0288), il répondrait donc par une connexion à lui vers le serveur de %1, que ce test ne voit pas.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No answer within %1 s to: %2.</source>
        <translation>Aucune réponse en %1 s à&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>SuggestedChange</name>
    <message>
        <location filename="../lib/advice/suggestedchange.cpp" line="+11"/>
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
        <location line="+87"/>
        <source>%1: %2</source>
        <comment>suggested setting: field: value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; </source>
        <comment>between suggested settings</comment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>SuggestionApplier</name>
    <message>
        <location filename="../app/probe/suggestionapplier.cpp" line="+45"/>
        <location line="+7"/>
        <source>Apply suggested setting</source>
        <translation>Appliquer le paramètre suggéré</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The suggested setting cannot be applied:</source>
        <translation>Le paramètre suggéré ne peut pas être appliqué&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The partner list was not changed.</source>
        <translation>La liste des partenaires n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The partner already has the suggested settings.</source>
        <translation>Le partenaire a déjà les paramètres suggérés.</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <location filename="../lib/advice/suggestionlist.cpp" line="+81"/>
        <source>Row %1: the negotiation settings of %2 changed after its test; test it again to see what it still needs.</source>
        <translation>Ligne %1&#xa0;: les paramètres de négociation de %2 ont changé après son test&#xa0;; testez-le à nouveau pour voir ce qu&apos;il lui faut encore.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Apply suggested settings to %n partner(s)</source>
        <translation>
            <numerusform>Appliquer les paramètres suggérés à %n partenaire</numerusform>
            <numerusform>Appliquer les paramètres suggérés à %n partenaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsAdvice</name>
    <message>
        <location filename="../lib/advice/tlsadvice.cpp" line="+24"/>
        <source>%1 refused STARTTLS (&lt;failure/&gt;) although it offered it: its TLS setup is broken, often a missing or unreadable certificate for %2; ask the partner&apos;s administrator to check the certificate and key of its server.</source>
        <translation>%1 a refusé STARTTLS (&lt;failure/&gt;) bien qu&apos;il l&apos;ait proposé&#xa0;: sa configuration TLS est défectueuse, souvent un certificat pour %2 manquant ou illisible&#xa0;; demandez à l&apos;administrateur du partenaire de vérifier le certificat et la clé de son serveur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 ended the TLS handshake with the alert “handshake failure”: it shares no cipher suite with this computer; ask the partner&apos;s administrator to enable TLS 1.2 or 1.3 with current ECDHE cipher suites.</source>
        <translation>%1 a mis fin à la négociation TLS avec l&apos;alerte «&#xa0;handshake failure&#xa0;»&#xa0;: il n&apos;a aucune suite de chiffrement en commun avec cet ordinateur&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer TLS 1.2 ou 1.3 avec des suites de chiffrement ECDHE actuelles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ended the TLS handshake with the alert “protocol version”: it accepts none of the TLS versions this computer offers (1.2 and 1.3); ask the partner&apos;s administrator to enable TLS 1.2.</source>
        <translation>%1 a mis fin à la négociation TLS avec l&apos;alerte «&#xa0;protocol version&#xa0;»&#xa0;: il n&apos;accepte aucune des versions de TLS que cet ordinateur propose (1.2 et 1.3)&#xa0;; demandez à l&apos;administrateur du partenaire d&apos;activer TLS 1.2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ended the TLS handshake with the alert “unrecognized name”: it has no certificate for %2, the name the test asked for; check the partner&apos;s proxy FQDN or SRV target, or ask the partner&apos;s administrator to add %2 to its server.</source>
        <translation>%1 a mis fin à la négociation TLS avec l&apos;alerte «&#xa0;unrecognized name&#xa0;»&#xa0;: il n&apos;a pas de certificat pour %2, le nom demandé par le test&#xa0;; vérifiez le FQDN du proxy ou la cible SRV du partenaire, ou demandez à l&apos;administrateur du partenaire d&apos;ajouter %2 à son serveur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ended the TLS handshake with the alert “certificate required”: it accepts only servers that present a client certificate; set a certificate for %2 in the connection test settings.</source>
        <translation>%1 a mis fin à la négociation TLS avec l&apos;alerte «&#xa0;certificate required&#xa0;»&#xa0;: il n&apos;accepte que les serveurs qui présentent un certificat client&#xa0;; définissez un certificat pour %2 dans les paramètres du test de connexion.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 ended the TLS handshake with the alert “%2”: it refused the client certificate presented for %3; use a valid certificate for %3 from a CA the partner trusts.</source>
        <translation>%1 a mis fin à la négociation TLS avec l&apos;alerte «&#xa0;%2&#xa0;»&#xa0;: il a refusé le certificat client présenté pour %3&#xa0;; utilisez un certificat valide pour %3 émis par une autorité de certification approuvée par le partenaire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 ended the TLS handshake with the alert “internal error”: its TLS library failed, often over an unreadable certificate or key; ask the partner&apos;s administrator to look at its log.</source>
        <translation>%1 a mis fin à la négociation TLS avec l&apos;alerte «&#xa0;internal error&#xa0;»&#xa0;: sa bibliothèque TLS a échoué, souvent à cause d&apos;un certificat ou d&apos;une clé illisibles&#xa0;; demandez à l&apos;administrateur du partenaire de consulter son journal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ended the TLS handshake with the alert “%2”; ask the partner&apos;s administrator to check its TLS setup.</source>
        <translation>%1 a mis fin à la négociation TLS avec l&apos;alerte «&#xa0;%2&#xa0;»&#xa0;; demandez à l&apos;administrateur du partenaire de vérifier sa configuration TLS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not answer with TLS, but the SRV record _xmpps-server announces direct TLS (XEP-0368) there; ask the partner&apos;s administrator to correct that record or the port.</source>
        <translation>%1 ne répond pas en TLS, alors que l&apos;enregistrement SRV _xmpps-server y annonce du TLS direct (XEP-0368)&#xa0;; demandez à l&apos;administrateur du partenaire de corriger cet enregistrement ou le port.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 agreed to STARTTLS but then did not speak TLS: the server is faulty; ask the partner&apos;s administrator to check its TLS setup.</source>
        <translation>%1 a accepté STARTTLS mais n&apos;a ensuite pas parlé TLS&#xa0;: le serveur est défaillant&#xa0;; demandez à l&apos;administrateur du partenaire de vérifier sa configuration TLS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The TLS handshake with %1 failed (%2); ask the partner&apos;s administrator to check its TLS setup.</source>
        <translation>La négociation TLS avec %1 a échoué (%2)&#xa0;; demandez à l&apos;administrateur du partenaire de vérifier sa configuration TLS.</translation>
    </message>
</context>
<context>
    <name>TlsGrade</name>
    <message>
        <location filename="../lib/probe/tlsgrade.cpp" line="+153"/>
        <source>The server refused every TLS version this test could offer.</source>
        <translation>Le serveur a refusé toutes les versions de TLS que ce test pouvait proposer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No handshake of the profile succeeded, so there is no grade.</source>
        <translation>Aucun établissement de liaison du profil n&apos;a réussi, il n&apos;y a donc pas de note.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate&apos;s key could not be read, so there is no grade.</source>
        <translation>La clé du certificat n&apos;a pas pu être lue, il n&apos;y a donc pas de note.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Protocol support scores %1 of 100: the best and the worst version accepted count, TLS 1.0 as 90 and TLS 1.1 as 95.</source>
        <translation>La prise en charge des protocoles obtient %1 sur 100&#xa0;: la meilleure et la moins bonne des versions acceptées comptent, TLS 1.0 pour 90 et TLS 1.1 pour 95.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key exchange scores %1 of 100: its strength is that of an RSA key of %2 bits, and 4096 bits score 100.</source>
        <translation>L&apos;échange de clés obtient %1 sur 100&#xa0;: sa force est celle d&apos;une clé RSA de %2 bits, et 4096 bits obtiennent 100.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cipher strength scores %1 of 100: the ciphers negotiated have %2 to %3 bits, and 256 bits score 100.</source>
        <translation>La force du chiffrement obtient %1 sur 100&#xa0;: les suites de chiffrement négociées ont de %2 à %3 bits, et 256 bits obtiennent 100.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server accepts neither TLS 1.2 nor TLS 1.3: the grade is at most C.</source>
        <translation>Le serveur n&apos;accepte ni TLS 1.2 ni TLS 1.3&#xa0;: la note est au plus C.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server accepts %1, obsolete since RFC 8996 (2021): the grade is at most B.</source>
        <translation>Le serveur accepte %1, obsolète depuis la RFC 8996 (2021)&#xa0;: la note est au plus B.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No forward secrecy with %1 (the key exchange is not ephemeral): the grade is at most B.</source>
        <translation>Pas de confidentialité persistante avec %1 (l&apos;échange de clés n&apos;est pas éphémère)&#xa0;: la note est au plus B.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate&apos;s key (%1) is weaker than RSA 1024 bits: the grade is F.</source>
        <translation>La clé du certificat (%1) est plus faible que RSA 1024 bits&#xa0;: la note est F.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate&apos;s key (%1) is weaker than RSA 2048 bits: the grade is at most C.</source>
        <translation>La clé du certificat (%1) est plus faible que RSA 2048 bits&#xa0;: la note est au plus C.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s Diffie-Hellman key exchange uses %1 bits, fewer than 1024: the grade is F.</source>
        <translation>L&apos;échange de clés Diffie-Hellman du serveur utilise %1 bits, moins de 1024&#xa0;: la note est F.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s Diffie-Hellman key exchange uses %1 bits, fewer than 2048: the grade is at most C.</source>
        <translation>L&apos;échange de clés Diffie-Hellman du serveur utilise %1 bits, moins de 2048&#xa0;: la note est au plus C.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate is signed with %1, which is broken: the grade is F.</source>
        <translation>Le certificat est signé avec %1, qui n&apos;est plus sûr du tout&#xa0;: la note est F.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate is signed with %1 (SHA-1), which is no longer safe: the grade is at most C.</source>
        <translation>Le certificat est signé avec %1 (SHA-1), qui n&apos;est plus sûr&#xa0;: la note est au plus C.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The certificate is not trusted: the grade is T (%1 if it were trusted).</source>
        <translation>Le certificat n&apos;est pas approuvé&#xa0;: la note est T (%1 s&apos;il était approuvé).</translation>
    </message>
</context>
<context>
    <name>TlsHandshakeProbe</name>
    <message>
        <location filename="../lib/probe/tlshandshakeprobe.cpp" line="+89"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The server closed the stream before TLS.</source>
        <translation>Le serveur a fermé le flux avant TLS.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server ended the stream with the error “%1” before TLS.</source>
        <translation>Le serveur a mis fin au flux avec l&apos;erreur «&#xa0;%1&#xa0;» avant TLS.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server did not offer STARTTLS.</source>
        <translation>Le serveur n&apos;a pas proposé STARTTLS.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server answered STARTTLS with &lt;failure/&gt;.</source>
        <translation>Le serveur a répondu à STARTTLS par &lt;failure/&gt;.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The stapled response says the certificate is good.</source>
        <translation>La réponse agrafée indique que le certificat est valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stapled response says the certificate is revoked.</source>
        <translation>La réponse agrafée indique que le certificat est révoqué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stapled response does not know the certificate.</source>
        <translation>La réponse agrafée ne connaît pas le certificat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server sent no OCSP response when asked for one.</source>
        <translation>Le serveur n&apos;a envoyé aucune réponse OCSP quand elle lui a été demandée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent an OCSP response that is not usable: %1</source>
        <translation>Le serveur a envoyé une réponse OCSP inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server sent an OCSP response that Qt could not read: %1</source>
        <translation>Le serveur a envoyé une réponse OCSP que Qt n&apos;a pas pu lire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted, but the cipher is not known: Qt ended the connection over the OCSP response.</source>
        <translation>Acceptée, mais la suite de chiffrement n&apos;est pas connue&#xa0;: Qt a mis fin à la connexion à cause de la réponse OCSP.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server closed the connection during the handshake.</source>
        <translation>Le serveur a fermé la connexion pendant l&apos;établissement de la liaison TLS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server closed the connection before TLS.</source>
        <translation>Le serveur a fermé la connexion avant TLS.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No answer to the handshake within %1 s.</source>
        <translation>Aucune réponse à l&apos;établissement de la liaison TLS dans un délai de %1&#xa0;s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer within %1 s.</source>
        <translation>Aucune réponse dans un délai de %1&#xa0;s.</translation>
    </message>
</context>
<context>
    <name>TlsProfile</name>
    <message>
        <location filename="../lib/report/tlsprofile.cpp" line="+75"/>
        <source>Not run</source>
        <comment>TLS version</comment>
        <translation>Non testée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <comment>TLS version</comment>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the server</source>
        <comment>TLS version</comment>
        <translation>Refusée par le serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not testable here</source>
        <comment>TLS version</comment>
        <translation>Non testable ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tested: the connection failed</source>
        <comment>TLS version</comment>
        <translation>Non testée&#xa0;: la connexion a échoué</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not checked</source>
        <comment>OCSP stapling</comment>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <comment>OCSP stapling</comment>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <comment>OCSP stapling</comment>
        <translation>non</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown</source>
        <comment>certificate key</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 (%3 bits)</source>
        <comment>key type, curve (size)</comment>
        <translation>%1 %2 (%3 bits)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 bits</source>
        <comment>key type, size</comment>
        <translation>%1 %2 bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 bits)</source>
        <comment>key type (size)</comment>
        <translation>%1 (%2 bits)</translation>
    </message>
</context>
<context>
    <name>TlsProfileProbe</name>
    <message>
        <location filename="../lib/probe/tlsprofileprobe.cpp" line="+35"/>
        <source>Not testable here: the local OpenSSL does not offer %1 (%2).</source>
        <translation>Non testable ici&#xa0;: l&apos;OpenSSL local ne propose pas %1 (%2).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Not checked: it is asked for in the TLS 1.2 and TLS 1.3 handshakes, and neither succeeded.</source>
        <translation>Non vérifié&#xa0;: il est demandé lors de l&apos;établissement des liaisons TLS 1.2 et TLS 1.3, et aucun n&apos;a réussi.</translation>
    </message>
</context>
<context>
    <name>UnboundResolver</name>
    <message>
        <location filename="../lib/dns/unboundresolver.cpp" line="+88"/>
        <source>libunbound could not create a resolver.</source>
        <translation>libunbound n&apos;a pas pu créer de résolveur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The system&apos;s resolver configuration /etc/resolv.conf could not be read: %1.</source>
        <translation>La configuration du résolveur du système /etc/resolv.conf n&apos;a pas pu être lue&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>libunbound refuses the DNS server %1: %2.</source>
        <translation>libunbound refuse le serveur DNS %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The root&apos;s trust anchor %1 could not be read: %2.</source>
        <translation>L&apos;ancre de confiance de la racine %1 n&apos;a pas pu être lue&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The trust anchor file %1 does not exist or cannot be read; correct the path in the connection test settings (--trust-anchor).</source>
        <translation>Le fichier d&apos;ancres de confiance %1 n&apos;existe pas ou ne peut pas être lu&#xa0;; corrigez le chemin dans les paramètres du test de connexion (--trust-anchor).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The trust anchor file %1 holds no DS or DNSKEY record unbound can read (%2): write one record per line in zone-file format, e.g. “example.com. IN DS 12345 13 2 …”.</source>
        <translation>Le fichier d&apos;ancres de confiance %1 ne contient aucun enregistrement DS ou DNSKEY lisible par unbound (%2)&#xa0;: écrivez un enregistrement par ligne au format de fichier de zone, par exemple «&#xa0;example.com. IN DS 12345 13 2 …&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>libunbound could not start its resolver thread: %1.</source>
        <translation>libunbound n&apos;a pas pu démarrer son fil de résolution&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1 returned no DNSKEY records for the trust anchor “%2”, so no answer could be validated; ask a DNS server that passes DNSSEC records, or validate from the root.</source>
        <translation>%1 n&apos;a renvoyé aucun enregistrement DNSKEY pour l&apos;ancre de confiance «&#xa0;%2&#xa0;», aucune réponse n&apos;a donc pu être validée&#xa0;; interrogez un serveur DNS qui transmet les enregistrements DNSSEC, ou validez depuis la racine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 returned the DNSKEY records of “%2” without their signatures (RRSIG), so no answer could be validated; ask a DNS server that passes DNSSEC records, or validate from the root.</source>
        <translation>%1 a renvoyé les enregistrements DNSKEY de «&#xa0;%2&#xa0;» sans leurs signatures (RRSIG), aucune réponse n&apos;a donc pu être validée&#xa0;; interrogez un serveur DNS qui transmet les enregistrements DNSSEC, ou validez depuis la racine.</translation>
    </message>
</context>
<context>
    <name>WatchAlertLabel</name>
    <message numerus="yes">
        <location filename="../app/probe/watchalertlabel.cpp" line="+30"/>
        <source>%1 (and %n more change(s) for the worse)</source>
        <translation>
            <numerusform>%1 (et %n autre changement en pire)</numerusform>
            <numerusform>%1 (et %n autres changements en pire)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to dismiss.</source>
        <translation>Cliquez pour masquer.</translation>
    </message>
</context>
<context>
    <name>XmppStreamReader</name>
    <message>
        <location filename="../lib/probe/xmppstreamreader.cpp" line="+63"/>
        <source>The stream header is larger than %1 KiB.</source>
        <translation>L&apos;en-tête du flux dépasse %1 Kio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An element of the stream is larger than %1 KiB.</source>
        <translation>Un élément du flux dépasse %1 Kio.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server declared the encoding %1; XMPP requires UTF-8 (RFC 6120 §11.6).</source>
        <translation>Le serveur a déclaré l&apos;encodage %1&#xa0;; XMPP exige UTF-8 (RFC 6120 §11.6).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server sent data that is not valid XML: it is not UTF-8 text, which XMPP requires (RFC 6120 §11.6).</source>
        <translation>Le serveur a envoyé des données qui ne sont pas du XML valide&#xa0;: ce n&apos;est pas du texte UTF-8, ce que XMPP exige (RFC 6120 §11.6).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+69"/>
        <source>The server sent data that is not valid XML: %1 (line %2, column %3).</source>
        <translation>Le serveur a envoyé des données qui ne sont pas du XML valide&#xa0;: %1 (ligne %2, colonne %3).</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The server sent a document type declaration (DTD), which XMPP forbids (RFC 6120 §11.1); the stream was refused.</source>
        <translation>Le serveur a envoyé une déclaration de type de document (DTD), ce que XMPP interdit (RFC 6120 §11.1)&#xa0;; le flux a été refusé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent an undeclared entity reference (&amp;%1;).</source>
        <translation>Le serveur a envoyé une référence d&apos;entité non déclarée (&amp;%1;).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server did not open an XMPP stream (it sent &lt;%1&gt; instead).</source>
        <translation>Le serveur n&apos;a pas ouvert de flux XMPP (il a envoyé &lt;%1&gt; à la place).</translation>
    </message>
</context>
</TS>
