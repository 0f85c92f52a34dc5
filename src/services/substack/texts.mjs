// Substack's texts in every language: what its box does, the steps by hand (one publication at
// a time), and why the extension does not do it (a manual-only service: src/services/texts.ts
// manualTexts). The box's label is quoted in English, as Substack shows it: it says "Opt out",
// words the glossary keeps out of the extension's own sentences about a switch, so the two
// texts that quote it carry the concept 'other' (scripts/locales/glossary.mjs).
export default {
  substack: {
    what: {
      concept: 'other',
      en: 'Each of your publications has a box “Opt out of AI training”: ticked, Substack asks AI companies’ crawlers not to use your posts to train their models. It is unticked unless you ticked it.',
      fr: 'Chacune de vos publications a une case « Opt out of AI training » : cochée, Substack demande aux robots des entreprises d’IA de ne pas utiliser vos articles pour entraîner leurs modèles. Elle est décochée tant que vous ne l’avez pas cochée.',
      de: 'Jede Ihrer Publikationen hat ein Kästchen „Opt out of AI training“: Angehakt bittet Substack die Crawler von KI-Unternehmen, Ihre Beiträge nicht zum Training ihrer Modelle zu nutzen. Es ist nicht angehakt, solange Sie es nicht angehakt haben.',
      es: 'Cada una de tus publicaciones tiene una casilla «Opt out of AI training»: marcada, Substack pide a los rastreadores de las empresas de IA que no usen tus publicaciones para entrenar sus modelos. Está desmarcada salvo que la hayas marcado.',
      it: 'Ognuna delle tue pubblicazioni ha una casella «Opt out of AI training»: se è spuntata, Substack chiede ai crawler delle aziende di IA di non usare i tuoi post per addestrare i loro modelli. Non è spuntata finché non la spunti tu.',
      nl: 'Elk van je publicaties heeft een vakje „Opt out of AI training”: aangevinkt vraagt Substack de crawlers van AI-bedrijven je berichten niet te gebruiken om hun modellen te trainen. Het staat uit tenzij je het zelf hebt aangevinkt.',
      pt: 'Cada uma das suas publicações tem uma caixa “Opt out of AI training”: marcada, o Substack pede aos rastreadores das empresas de IA que não usem seus posts para treinar os modelos delas. Ela fica desmarcada a menos que você a tenha marcado.',
    },
    steps: {
      concept: 'other',
      en: 'By hand, for each publication: open its dashboard (Settings, under <publication>.substack.com/publish/settings), find “Opt out of AI training”, tick it, and save if Substack asks.',
      fr: 'À la main, pour chaque publication : ouvrez son tableau de bord (Paramètres, sous <publication>.substack.com/publish/settings), trouvez « Opt out of AI training », cochez la case et enregistrez si Substack le demande.',
      de: 'Von Hand, für jede Publikation: Öffnen Sie ihr Dashboard (Einstellungen, unter <publication>.substack.com/publish/settings), suchen Sie „Opt out of AI training“, haken Sie das Kästchen an und speichern Sie, falls Substack danach fragt.',
      es: 'A mano, para cada publicación: abre su panel (Configuración, en <publication>.substack.com/publish/settings), busca «Opt out of AI training», marca la casilla y guarda si Substack lo pide.',
      it: 'A mano, per ogni pubblicazione: apri la sua dashboard (Impostazioni, in <publication>.substack.com/publish/settings), trova «Opt out of AI training», spunta la casella e salva se Substack lo chiede.',
      nl: 'Met de hand, voor elke publicatie: open het dashboard (Instellingen, onder <publication>.substack.com/publish/settings), zoek „Opt out of AI training”, vink het vakje aan en sla op als Substack daarom vraagt.',
      pt: 'À mão, para cada publicação: abra o painel dela (Configurações, em <publication>.substack.com/publish/settings), encontre “Opt out of AI training”, marque a caixa e salve se o Substack pedir.',
    },
    unverified: {
      concept: 'switch',
      en: 'The extension does not do this for you: each publication lives on its own address (or its own domain), so it would need access to every site on Substack, more than it should ask for.',
      fr: 'L’extension ne le fait pas pour vous : chaque publication a sa propre adresse (ou son propre domaine), il lui faudrait donc l’accès à tous les sites de Substack, plus qu’elle ne doit demander.',
      de: 'Die Erweiterung erledigt das nicht für Sie: Jede Publikation hat ihre eigene Adresse (oder eigene Domain), sie bräuchte also Zugriff auf alle Websites von Substack, mehr als sie verlangen sollte.',
      es: 'La extensión no lo hace por ti: cada publicación tiene su propia dirección (o su propio dominio), así que necesitaría acceso a todos los sitios de Substack, más de lo que debe pedir.',
      it: 'L’estensione non lo fa per te: ogni pubblicazione ha il suo indirizzo (o il suo dominio), quindi le servirebbe l’accesso a tutti i siti di Substack, più di quanto debba chiedere.',
      nl: 'De extensie doet dit niet voor je: elke publicatie heeft een eigen adres (of eigen domein), dus ze zou toegang nodig hebben tot alle sites op Substack, meer dan ze mag vragen.',
      pt: 'A extensão não faz isso por você: cada publicação tem seu próprio endereço (ou domínio próprio), então ela precisaria de acesso a todos os sites do Substack, mais do que deve pedir.',
    },
  },
};
