import { defineCollection } from 'astro:content'

import { calendarSchema, payloadCalendarLoader } from './loaders/calendarLoader'
import { globalMappings, mappings } from './loaders/collections'
import { payloadCollectionLoader, payloadGlobalLoader } from './loaders/payloadLoader'
import { schemas } from './loaders/schemas'

/** The site's content collections: published CMS documents, checked against site/loaders/schemas.ts. */
const topics = defineCollection({ loader: payloadCollectionLoader(mappings.topics), schema: schemas.topics })
const offices = defineCollection({ loader: payloadCollectionLoader(mappings.offices), schema: schemas.offices })
const places = defineCollection({ loader: payloadCollectionLoader(mappings.places), schema: schemas.places })
const documents = defineCollection({ loader: payloadCollectionLoader(mappings.documents), schema: schemas.documents })
const services = defineCollection({ loader: payloadCollectionLoader(mappings.services), schema: schemas.services })
const news = defineCollection({ loader: payloadCollectionLoader(mappings.news), schema: schemas.news })
const events = defineCollection({ loader: payloadCollectionLoader(mappings.events), schema: schemas.events })
const pages = defineCollection({ loader: payloadCollectionLoader(mappings.pages), schema: schemas.pages })
const redirects = defineCollection({ loader: payloadCollectionLoader(mappings.redirects), schema: schemas.redirects })
const calendars = defineCollection({ loader: payloadCalendarLoader(), schema: calendarSchema })
const settings = defineCollection({ loader: payloadGlobalLoader('settings', globalMappings.settings), schema: schemas.settings })
const homepage = defineCollection({ loader: payloadGlobalLoader('homepage', globalMappings.homepage), schema: schemas.homepage })

export const collections = { topics, offices, places, documents, services, news, events, pages, redirects, calendars, settings, homepage }
