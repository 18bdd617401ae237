/** The elements of the desk's web push opt-in its island fills. */
export const ids = { section: 'push-optin', status: 'push-status', error: 'push-error', enable: 'push-enable', disable: 'push-disable', list: 'push-devices', listTitle: 'push-devices-title', item: 'push-device-template' }
