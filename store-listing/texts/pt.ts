// Brazilian Portuguese (você), as the extension's own texts. Glossário: desativar (a
// configuração), se opor / oposição (só a oposição formal); nunca "sair", "exclusão" ou "treino".
import type { StoreTexts } from './types';

export default {
  description: `Desative o uso dos seus dados para treinar IA generativa nos serviços que você usa, e veja cada mudança conferida.

Funciona com {services}.

O que faz
• Abre a página de configurações do próprio serviço e desativa as configurações que você escolheu: clica só nessas chaves.
• Confere cada mudança carregando a página de novo. "Desativado" só aparece quando um novo carregamento confirma; se um serviço não salvou a mudança, você fica sabendo por quê, com os passos para fazer à mão.
• Lembra você de conferir de novo mais tarde, porque os serviços adicionam configurações e às vezes as ativam de novo.
• Preenche o formulário de oposição formal de {objectionServices} com os dados que você digitou na extensão; você revisa e envia.
• Modo "Só verificar": veja onde você está, sem mudar nada.

O que nunca faz
• Nunca ativa uma configuração, nunca envia um formulário.
• Nunca lê nem envia os dados da sua conta: nenhuma requisição de rede própria, nenhuma estatística de uso, nenhum código remoto.
• Só pede acesso ao site de um serviço quando você adiciona esse serviço, e devolve quando você o remove.

Gratuita e de código aberto. Em português, inglês, francês, alemão, espanhol, italiano e holandês.`,
  singlePurpose:
    'Dar às pessoas o controle sobre o uso dos seus dados para treinar IA generativa: desativar as configurações que permitem isso nos serviços que elas usam, conferir cada mudança com um novo carregamento da página e preencher o formulário de oposição formal onde um serviço oferece um.',
  permissions: {
    storage:
      'Guarda, só neste dispositivo, o resultado de cada verificação (ativado ou desativado, e quando), as preferências e lembretes da pessoa e os dados que ela digita para um formulário de oposição. Nada é sincronizado nem enviado.',
    alarms:
      'Acorda a extensão para os lembretes de verificação e a contagem regressiva diária até a mudança com data de um serviço, sem uma página sempre rodando.',
    notifications: 'Mostra os lembretes de verificação, que a pessoa pode silenciar ou adiar.',
    scripting:
      'Registra o script de conteúdo da própria extensão para um serviço só depois que a pessoa adicionou esse serviço e liberou o acesso ao site dele, e o remove quando o serviço é removido. Nenhum código é baixado.',
  },
  hosts: {
    install: '{hosts}: {name}, o serviço em torno do qual a extensão foi feita, tem acesso desde a instalação. {does}',
    optional: '{hosts}: opcional, pedido só quando a pessoa adiciona {name} na página de opções, e devolvido quando ela o remove. {does}',
    switches:
      'Nas páginas de configurações de {name}, a extensão lê o estado e o rótulo das chaves que conhece, desativa as escolhidas e carrega a página de novo para conferir; não lê mais nada.',
    forms:
      'Nos formulários de oposição de {name}, a extensão preenche os dados digitados pela pessoa, só na aba que abriu quando o botão desse formulário foi pressionado; a própria pessoa envia o formulário.',
  },
  hostOverrides: {
    linkedin:
      '{hosts}: acesso desde a instalação, porque {name} é o serviço em torno do qual a extensão foi feita. {does} Ela também percebe quando a aba que abriu é levada para a página de login de {name}, e reaproveita uma aba de configurações já aberta em vez de abrir outra.',
  },
  privacy: {
    remoteCode: 'Nenhum código remoto. Todos os scripts estão no pacote; a extensão não faz requisições de rede próprias.',
    dataCollected:
      'Nenhum dado de usuário é coletado: nada do que a extensão trata sai do dispositivo. Os resultados das verificações, as preferências e o nome, o e-mail, o país e a explicação que a pessoa digita para um formulário de oposição ficam no armazenamento da extensão no navegador, e são digitados só no formulário a que se destinam, quando a pessoa pressiona o botão dele. Nenhuma estatística de uso.',
    certify:
      'Nenhum dado é vendido ou transferido a terceiros, usado ou transferido para fins alheios ao propósito único, nem usado para avaliar crédito ou conceder empréstimos.',
    amo: 'Nenhum. O manifesto declara data_collection_permissions: { required: ["none"] }: a extensão não coleta nem transmite dados, sem estatísticas de uso nem código remoto.',
    policy: 'PRIVACY.md no repositório: o que é guardado no dispositivo, por quê, por quanto tempo, e o que nunca é coletado nem enviado.',
  },
  captions: {
    'popup-linkedin-off': 'A janela da extensão: a configuração do LinkedIn desativada e conferida com um novo carregamento da página.',
    dashboard: 'O painel: cada serviço em um relance, o estado em palavras e cores, e um botão para verificar tudo o que você adicionou.',
    'options-services': 'Os serviços que você pode adicionar: cada um só pede acesso ao site dele quando você o adiciona.',
    'service-card': 'O cartão de um serviço: cada uma das configurações dele, o estado e quando foi conferida.',
    'objection-step': 'A oposição formal: o formulário é preenchido com os seus dados, e você mesmo o envia.',
  },
} satisfies StoreTexts;
