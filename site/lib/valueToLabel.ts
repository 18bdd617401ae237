import { documentTypes } from '../../cms/constants/documentTypes'
import { lifeEvents } from '../../cms/constants/lifeEvents'
import { newsKinds } from '../../cms/constants/newsKinds'
import { officeTypes } from '../../cms/constants/officeTypes'
import { placeTypes } from '../../cms/constants/placeTypes'
import { serviceCategories } from '../../cms/constants/serviceCategories'

type Vocabulary = readonly { value: string; label: string }[]

/** The Italian label of a controlled-vocabulary value; the value itself when unknown. */
export function valueToLabel(list: Vocabulary, value: string): string {
  return list.find((item) => item.value === value)?.label ?? value
}

/** The controlled vocabularies of the municipal model, by name. */
export const vocabularies = { documentTypes, lifeEvents, newsKinds, officeTypes, placeTypes, serviceCategories }
