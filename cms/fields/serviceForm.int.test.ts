import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formFromService } from '../forms/serviceForm'
import { startTestPayload, type TestPayload } from '../testing/testPayload'

let t: TestPayload
let serviceId: number

const richText = (text: string) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }] }] } })

beforeAll(async () => {
  t = await startTestPayload()
  const office = await t.payload.create({ collection: 'offices', data: { title: 'Ufficio di prova', type: 'ufficio', summary: 'Un ufficio per le prove del modulo online.', _status: 'published' } as never })
  const service = await t.payload.create({
    collection: 'services',
    data: {
      title: 'Servizio di prova', summary: 'Un servizio per le prove del modulo online.', category: 'anagrafe-e-stato-civile', office: office.id,
      audience: richText('Tutti'), howTo: richText('Online'), needed: richText('Niente'), output: richText('Una risposta'), times: richText('Subito'), _status: 'published',
    } as never,
  })
  serviceId = service.id as number
}, 300_000)
afterAll(async () => t?.cleanup())

const field = (name: string, extra: Record<string, unknown> = {}) => ({ name, label: `Domanda ${name}`, type: 'text', ...extra })
const form = (fields: Record<string, unknown>[], attachments: Record<string, unknown>[] = []) => ({
  enabled: true, privacyNotice: 'Informativa di prova.', steps: [{ title: 'Dati', fields }], attachments,
})
const save = (value: Record<string, unknown>) =>
  t.payload.update({ collection: 'services', id: serviceId, data: { form: value, _status: 'published' } as never })
const refusal = async (value: Record<string, unknown>) => {
  const error = await save(value).then(() => null, (e: { data?: { errors?: { message: string }[] } }) => e)
  return error?.data?.errors?.map((e) => e.message) ?? []
}

describe('the "Modulo online" field', () => {
  it('stores a form that reads back clean', async () => {
    const saved = await save(form(
      [field('kind', { type: 'radio', options: [{ value: 'a', label: 'A' }] }), field('detail', { showIf: { field: 'kind', equals: 'a' } })],
      [{ name: 'identityDocument', label: 'Documento', types: ['pdf'], maxMb: 5, required: true }],
    ))
    expect(formFromService(saved)?.steps[0]?.fields[1]).toEqual({ name: 'detail', label: 'Domanda detail', type: 'text', showIf: { field: 'kind', equals: 'a' } })
  })

  it('refuses a name with spaces or one used twice, across questions and attachments', async () => {
    expect(await refusal(form([field('nome proprio')]))).toEqual([expect.stringContaining('Usa solo lettere e cifre')])
    expect(await refusal(form([field('taxCode'), field('taxCode')]))).toEqual([expect.stringContaining('"taxCode" è già usato'), expect.stringContaining('"taxCode" è già usato')])
    expect(await refusal(form([field('photo')], [{ name: 'photo', label: 'Foto', types: ['png'], maxMb: 5 }]))).toHaveLength(2)
  })

  it('refuses a condition on a missing question or without a value, a choice without options and bounds the wrong way round', async () => {
    expect(await refusal(form([field('detail', { showIf: { field: 'kind', equals: 'a' } })]))).toEqual(['Nel modulo non c’è un altro campo di nome "kind".'])
    expect(await refusal(form([field('kind', { type: 'select', options: [] })]))).toEqual(['Indica almeno un’opzione tra cui scegliere.'])
    expect(await refusal(form([field('flag', { type: 'checkbox' }), field('detail', { showIf: { field: 'flag', equals: '' } })]))).toEqual(['Indica il valore che fa comparire la domanda.'])
    expect(await refusal(form([field('age', { type: 'number', min: 18, max: 10 })]))).toEqual(['Il valore massimo è minore del minimo.'])
  })

  it('stores a cross-field rule between two dates, and refuses one against a missing field, another type or without a rule', async () => {
    const saved = await save(form([field('dal', { type: 'date' }), field('al', { type: 'date', compare: { op: 'gte', field: 'dal' } })]))
    expect(formFromService(saved)?.steps[0]?.fields[1]).toEqual({ name: 'al', label: 'Domanda al', type: 'date', compare: { op: 'gte', field: 'dal' } })
    expect(await refusal(form([field('al', { type: 'date', compare: { op: 'gte', field: 'dal' } })]))).toEqual(['Nel modulo non c’è un altro campo di nome "dal".'])
    expect(await refusal(form([field('dal', { type: 'number' }), field('al', { type: 'date', compare: { op: 'gte', field: 'dal' } })]))).toEqual(['Il confronto si fa tra due campi dello stesso tipo (due date o due numeri).'])
    expect(await refusal(form([field('dal', { type: 'date' }), field('al', { type: 'date', compare: { field: 'dal' } })]))).toEqual(['Scegli la regola del confronto.'])
    expect(await refusal(form([field('dal', { type: 'date' }), field('al', { type: 'date', compare: { op: 'gte' } })]))).toEqual(['Indica il nome tecnico del campo con cui confrontare.'])
  })

  it('refuses an enabled form without a privacy notice or questions', async () => {
    expect(await refusal({ enabled: true, privacyNotice: '', steps: [], attachments: [] })).toHaveLength(2)
    await expect(save({ enabled: false, privacyNotice: '', steps: [], attachments: [] })).resolves.toBeDefined()
  })
})
