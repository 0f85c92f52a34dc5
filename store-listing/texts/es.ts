// Spanish (tú). Glosario: desactivar (el ajuste), oponerse / oposición (solo la oposición
// formal); nunca «excluirse».
import type { StoreTexts } from './types';

export default {
  description: `Desactiva el uso de tus datos para entrenar IA generativa en los servicios que usas, y ve cada cambio comprobado.

Funciona con {services}.

Qué hace
• Abre la página de configuración del propio servicio y desactiva las opciones que elegiste: solo hace clic en esos interruptores.
• Comprueba cada cambio volviendo a cargar la página. «Desactivado» solo se muestra cuando una carga nueva lo confirma; si un servicio no guardó el cambio, te dice por qué, con los pasos para hacerlo a mano.
• Te recuerda volver a comprobar más adelante, porque los servicios añaden opciones y a veces las vuelven a activar.
• Rellena el formulario de oposición formal de {objectionServices} con los datos que escribiste en la extensión; tú lo revisas y lo envías.
• Modo «Solo comprobar»: ver en qué punto estás, sin cambiar nada.

Qué no hace nunca
• Nunca activa una opción, nunca envía un formulario.
• Nunca lee ni envía los datos de tu cuenta: ninguna solicitud de red propia, ninguna estadística de uso, ningún código remoto.
• Solo pide acceso al sitio de un servicio cuando añades ese servicio, y lo devuelve cuando lo quitas.

Gratuita y de código abierto. En español, inglés, francés, alemán, italiano, neerlandés y portugués.`,
  singlePurpose:
    'Dar a las personas el control sobre el uso de sus datos para entrenar IA generativa: desactivar las opciones que lo permiten en los servicios que usan, comprobar cada cambio con una carga nueva de la página y rellenar el formulario de oposición formal donde un servicio lo ofrece.',
  permissions: {
    storage:
      'Guarda, solo en este dispositivo, el resultado de cada comprobación (activado o desactivado, y cuándo), las preferencias y recordatorios de la persona, y los datos que escribe para un formulario de oposición. Nada se sincroniza ni se envía.',
    alarms:
      'Despierta la extensión para los recordatorios de comprobación y la cuenta atrás diaria hasta el cambio con fecha de un servicio, sin una página siempre en marcha.',
    notifications: 'Muestra los recordatorios de comprobación, que la persona puede silenciar o posponer.',
    scripting:
      'Registra el script de contenido propio de la extensión para un servicio solo cuando la persona ha añadido ese servicio y ha dado acceso a su sitio, y lo quita cuando se quita el servicio. No se descarga código de ningún sitio.',
  },
  hosts: {
    install: '{hosts}: {name}, el servicio en torno al que se construyó la extensión, tiene acceso desde la instalación. {does}',
    optional: '{hosts}: opcional, solo se pide cuando la persona añade {name} en la página de opciones, y se devuelve cuando lo quita. {does}',
    switches:
      'En las páginas de configuración de {name}, la extensión lee el estado y la etiqueta de los interruptores que conoce, desactiva los elegidos y vuelve a cargar la página para comprobarlo; no lee nada más.',
    forms:
      'En los formularios de oposición de {name}, la extensión rellena los datos que escribió la persona, solo en la pestaña que abrió cuando se pulsó el botón de ese formulario; la persona lo envía.',
  },
  hostOverrides: {
    linkedin:
      '{hosts}: acceso desde la instalación, porque {name} es el servicio en torno al que se construyó la extensión. {does} También detecta cuando la pestaña que abrió se redirige a la página de inicio de sesión de {name}, y reutiliza una pestaña de configuración ya abierta en lugar de abrir otra.',
  },
  privacy: {
    remoteCode: 'Ningún código remoto. Todos los scripts están en el paquete; la extensión no hace ninguna solicitud de red propia.',
    dataCollected:
      'No se recopila ningún dato de usuario: nada de lo que maneja la extensión sale del dispositivo. Los resultados de las comprobaciones, las preferencias, y el nombre, el correo, el país y la explicación que la persona escribe para un formulario de oposición se quedan en el almacenamiento de la extensión del navegador, y solo se escriben en el formulario al que van destinados, cuando la persona pulsa su botón. Ninguna estadística de uso.',
    certify:
      'Ningún dato se vende ni se transfiere a terceros, se usa o se transfiere para fines ajenos al propósito único, ni se usa para evaluar la solvencia o conceder préstamos.',
    amo: 'Ninguno. El manifiesto declara data_collection_permissions: { required: ["none"] }: la extensión no recopila ni transmite datos, sin estadísticas de uso ni código remoto.',
    policy: 'PRIVACY.md en el repositorio: qué se guarda en el dispositivo, por qué, durante cuánto tiempo, y qué nunca se recopila ni se envía.',
  },
  captions: {
    'popup-linkedin-off': 'La ventana de la extensión: la opción de LinkedIn desactivada y comprobada con una carga nueva de la página.',
    dashboard: 'El panel: cada servicio de un vistazo, su estado en palabras y en color, y un botón para comprobar todo lo que ha añadido.',
    'options-services': 'Los servicios que puedes añadir: cada uno pide acceso a su sitio solo cuando lo añades.',
    'service-card': 'La tarjeta de un servicio: cada una de sus opciones, su estado y cuándo se comprobó.',
    'objection-step': 'La oposición formal: el formulario se rellena con tus datos, y tú lo envías.',
  },
} satisfies StoreTexts;
