import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { EuroPreview as EuroPreview_8beb2aec4f71bd99227cb8f010a5f31d } from '../../../components/money/EuroAmount'
import { SlugField as SlugField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { SecondFactorPanel as SecondFactorPanel_61fe52292b0a02da8dd51ef8cdf46ad1 } from '../../../components/secondFactor/SecondFactorPanel'
import { FullRebuildButton as FullRebuildButton_ba3ce3cfd2df151e7fdab2fb42bd6769 } from '../../../components/FullRebuildButton'
import { PositionActions as PositionActions_cf97fa0064c5952bdcf3c4de18c9320a } from '../../../components/PositionActions'
import { EuroCell as EuroCell_259ed662d30e96224369526675295f6c } from '../../../components/cells/EuroCell'
import { PaymentTotals as PaymentTotals_9f67ccee5a4864fceda19b100ff6b554 } from '../../../components/PaymentTotals'
import { CsvImportForm as CsvImportForm_ff51e2d14ef5c15d5a91c2a3187f097d } from '../../../components/CsvImportForm'
import { ReceiptReconcile as ReceiptReconcile_cf97fa0064c5952bdcf3c4de18c9320a } from '../../../components/PositionActions'
import { EuroField as EuroField_8beb2aec4f71bd99227cb8f010a5f31d } from '../../../components/money/EuroAmount'
import { ReceiptsToReconcile as ReceiptsToReconcile_9f67ccee5a4864fceda19b100ff6b554 } from '../../../components/PaymentTotals'
import { PracticeAnswers as PracticeAnswers_10cbfeff586ed78e4b727f1434b0d8c7 } from '../../../components/practices/PracticeAnswers'
import { PracticeHistory as PracticeHistory_06c41549c22f1ff9eb2cc208c1dc5f86 } from '../../../components/practices/PracticeHistory'
import { PracticeDeadline as PracticeDeadline_0ec37623625317abca32f8fd292980c3 } from '../../../components/practices/PracticeDeadline'
import { PracticeActions as PracticeActions_2e0c27d8e016a2b884a45913ccf878b9 } from '../../../components/practices/PracticeActions'
import { DueDateCell as DueDateCell_bb44d70ed89cbe4689945466bc2a587c } from '../../../components/practices/DueDateCell'
import { ExportCsvLink as ExportCsvLink_915ef73279026a060e5916c42eef810f } from '../../../components/ExportCsvLink'
import { AttachmentDownloadCell as AttachmentDownloadCell_a187e24d298d5e6971724be5480f680e } from '../../../components/AttachmentDownload'
import { AttachmentDownloadField as AttachmentDownloadField_a187e24d298d5e6971724be5480f680e } from '../../../components/AttachmentDownload'
import { ActiveCell as ActiveCell_ee0a4eded16e64ab38945ea4ed327e8b } from '../../../components/agenda/CalendarCells'
import { MinutesCell as MinutesCell_ee0a4eded16e64ab38945ea4ed327e8b } from '../../../components/agenda/CalendarCells'
import { DesksCell as DesksCell_ee0a4eded16e64ab38945ea4ed327e8b } from '../../../components/agenda/CalendarCells'
import { CalendarHolidays as CalendarHolidays_42ca528f049642ae2b1fba1a06139563 } from '../../../components/agenda/CalendarHolidays'
import { CalendarsListNote as CalendarsListNote_acdef9657f715a285573b094cd2aea0b } from '../../../components/agenda/AgendaLinks'
import { BookingHistory as BookingHistory_efafc37465efd23d020175d5f6923728 } from '../../../components/agenda/BookingHistory'
import { CertificateActions as CertificateActions_a3cd639840bf43326ef2a7c28493f594 } from '../../../components/certificates/CertificateActions'
import { BolloCell as BolloCell_371877efb741aee5c5587197eafff134 } from '../../../components/certificates/BolloCell'
import { CertificateHistory as CertificateHistory_0d010b09861483a64d9bbbb2e1023374 } from '../../../components/certificates/CertificateHistory'
import { CertificateCounts as CertificateCounts_2fae3119fffcd9b24f11eee9fa94732c } from '../../../components/certificates/CertificateCounts'
import { ReportOfficePanel as ReportOfficePanel_1e3fc1b692876c458802a7fb8beb1546 } from '../../../components/reports/ReportOfficePanel'
import { ReportHistory as ReportHistory_27ec1cced4c0000f56dd289f12ed33a1 } from '../../../components/reports/ReportHistory'
import { ReportQueueLink as ReportQueueLink_dea35a4f996507a7e184376ee48454e6 } from '../../../components/reports/ReportQueueLink'
import { AssistanceActions as AssistanceActions_5dc61883d66642d25d51432e846a6376 } from '../../../components/reports/AssistanceActions'
import { QueryPresetsAccessCell as QueryPresetsAccessCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsWhereCell as QueryPresetsWhereCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsWhereField as QueryPresetsWhereField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsColumnsCell as QueryPresetsColumnsCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsColumnField as QueryPresetsColumnField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsGroupByCell as QueryPresetsGroupByCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsGroupByField as QueryPresetsGroupByField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { Icon as Icon_046f426b81a173dda97eaa2afb780a67 } from '../../../components/brand/Icon'
import { Logo as Logo_783c22b53d7b86bb1103bc322eb1604a } from '../../../components/brand/Logo'
import { AgendaNavLink as AgendaNavLink_837657dfbc7b213d3cc44968384744d2 } from '../../../components/agenda/AgendaNavLink'
import { AgendaLanding as AgendaLanding_acdef9657f715a285573b094cd2aea0b } from '../../../components/agenda/AgendaLinks'
import { PracticeQueue as PracticeQueue_4bcee8077fb1de2dbdd6900ab1ec07f6 } from '../../../components/practices/PracticeQueue'
import { PendingSignIn as PendingSignIn_4e0b4f31b5b58303d988e8a125521ece } from '../../../components/secondFactor/PendingSignIn'
import { NavBrand as NavBrand_ded87edbb44e363741d669010f647273 } from '../../../components/brand/NavBrand'
import { ItalianDatePickers as ItalianDatePickers_88410673f18f9ff720ad7c53016581c0 } from '../../../components/ItalianDatePickers'
import { VerifyView as VerifyView_30d13830660adb0e3a1321b810b23362 } from '../../../components/secondFactor/SecondFactorView'
import { SetupView as SetupView_30d13830660adb0e3a1321b810b23362 } from '../../../components/secondFactor/SecondFactorView'
import { AgendaView as AgendaView_94439cd9af964d10aa41efed5b435c05 } from '../../../components/agenda/AgendaView'
import { ReportQueueView as ReportQueueView_38d94999fbf301d833a98cdd2414ae55 } from '../../../components/reports/ReportQueueView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/money/EuroAmount#EuroPreview": EuroPreview_8beb2aec4f71bd99227cb8f010a5f31d,
  "@payloadcms/next/client#SlugField": SlugField_2b8867833a34864a02ddf429b0728a40,
  "/components/secondFactor/SecondFactorPanel#SecondFactorPanel": SecondFactorPanel_61fe52292b0a02da8dd51ef8cdf46ad1,
  "/components/FullRebuildButton#FullRebuildButton": FullRebuildButton_ba3ce3cfd2df151e7fdab2fb42bd6769,
  "/components/PositionActions#PositionActions": PositionActions_cf97fa0064c5952bdcf3c4de18c9320a,
  "/components/cells/EuroCell#EuroCell": EuroCell_259ed662d30e96224369526675295f6c,
  "/components/PaymentTotals#PaymentTotals": PaymentTotals_9f67ccee5a4864fceda19b100ff6b554,
  "/components/CsvImportForm#CsvImportForm": CsvImportForm_ff51e2d14ef5c15d5a91c2a3187f097d,
  "/components/PositionActions#ReceiptReconcile": ReceiptReconcile_cf97fa0064c5952bdcf3c4de18c9320a,
  "/components/money/EuroAmount#EuroField": EuroField_8beb2aec4f71bd99227cb8f010a5f31d,
  "/components/PaymentTotals#ReceiptsToReconcile": ReceiptsToReconcile_9f67ccee5a4864fceda19b100ff6b554,
  "/components/practices/PracticeAnswers#PracticeAnswers": PracticeAnswers_10cbfeff586ed78e4b727f1434b0d8c7,
  "/components/practices/PracticeHistory#PracticeHistory": PracticeHistory_06c41549c22f1ff9eb2cc208c1dc5f86,
  "/components/practices/PracticeDeadline#PracticeDeadline": PracticeDeadline_0ec37623625317abca32f8fd292980c3,
  "/components/practices/PracticeActions#PracticeActions": PracticeActions_2e0c27d8e016a2b884a45913ccf878b9,
  "/components/practices/DueDateCell#DueDateCell": DueDateCell_bb44d70ed89cbe4689945466bc2a587c,
  "/components/ExportCsvLink#ExportCsvLink": ExportCsvLink_915ef73279026a060e5916c42eef810f,
  "/components/AttachmentDownload#AttachmentDownloadCell": AttachmentDownloadCell_a187e24d298d5e6971724be5480f680e,
  "/components/AttachmentDownload#AttachmentDownloadField": AttachmentDownloadField_a187e24d298d5e6971724be5480f680e,
  "/components/agenda/CalendarCells#ActiveCell": ActiveCell_ee0a4eded16e64ab38945ea4ed327e8b,
  "/components/agenda/CalendarCells#MinutesCell": MinutesCell_ee0a4eded16e64ab38945ea4ed327e8b,
  "/components/agenda/CalendarCells#DesksCell": DesksCell_ee0a4eded16e64ab38945ea4ed327e8b,
  "/components/agenda/CalendarHolidays#CalendarHolidays": CalendarHolidays_42ca528f049642ae2b1fba1a06139563,
  "/components/agenda/AgendaLinks#CalendarsListNote": CalendarsListNote_acdef9657f715a285573b094cd2aea0b,
  "/components/agenda/BookingHistory#BookingHistory": BookingHistory_efafc37465efd23d020175d5f6923728,
  "/components/certificates/CertificateActions#CertificateActions": CertificateActions_a3cd639840bf43326ef2a7c28493f594,
  "/components/certificates/BolloCell#BolloCell": BolloCell_371877efb741aee5c5587197eafff134,
  "/components/certificates/CertificateHistory#CertificateHistory": CertificateHistory_0d010b09861483a64d9bbbb2e1023374,
  "/components/certificates/CertificateCounts#CertificateCounts": CertificateCounts_2fae3119fffcd9b24f11eee9fa94732c,
  "/components/reports/ReportOfficePanel#ReportOfficePanel": ReportOfficePanel_1e3fc1b692876c458802a7fb8beb1546,
  "/components/reports/ReportHistory#ReportHistory": ReportHistory_27ec1cced4c0000f56dd289f12ed33a1,
  "/components/reports/ReportQueueLink#ReportQueueLink": ReportQueueLink_dea35a4f996507a7e184376ee48454e6,
  "/components/reports/AssistanceActions#AssistanceActions": AssistanceActions_5dc61883d66642d25d51432e846a6376,
  "@payloadcms/next/client#QueryPresetsAccessCell": QueryPresetsAccessCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsWhereCell": QueryPresetsWhereCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsWhereField": QueryPresetsWhereField_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsColumnsCell": QueryPresetsColumnsCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsColumnField": QueryPresetsColumnField_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsGroupByCell": QueryPresetsGroupByCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsGroupByField": QueryPresetsGroupByField_2b8867833a34864a02ddf429b0728a40,
  "/components/brand/Icon#Icon": Icon_046f426b81a173dda97eaa2afb780a67,
  "/components/brand/Logo#Logo": Logo_783c22b53d7b86bb1103bc322eb1604a,
  "/components/agenda/AgendaNavLink#AgendaNavLink": AgendaNavLink_837657dfbc7b213d3cc44968384744d2,
  "/components/agenda/AgendaLinks#AgendaLanding": AgendaLanding_acdef9657f715a285573b094cd2aea0b,
  "/components/practices/PracticeQueue#PracticeQueue": PracticeQueue_4bcee8077fb1de2dbdd6900ab1ec07f6,
  "/components/secondFactor/PendingSignIn#PendingSignIn": PendingSignIn_4e0b4f31b5b58303d988e8a125521ece,
  "/components/brand/NavBrand#NavBrand": NavBrand_ded87edbb44e363741d669010f647273,
  "/components/ItalianDatePickers#ItalianDatePickers": ItalianDatePickers_88410673f18f9ff720ad7c53016581c0,
  "/components/secondFactor/SecondFactorView#VerifyView": VerifyView_30d13830660adb0e3a1321b810b23362,
  "/components/secondFactor/SecondFactorView#SetupView": SetupView_30d13830660adb0e3a1321b810b23362,
  "/components/agenda/AgendaView#AgendaView": AgendaView_94439cd9af964d10aa41efed5b435c05,
  "/components/reports/ReportQueueView#ReportQueueView": ReportQueueView_38d94999fbf301d833a98cdd2414ae55,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
