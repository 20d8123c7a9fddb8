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
import { ReasonRowLabel as ReasonRowLabel_17bfc096285e80265230175c0fb80e45 } from '@/admin/ReasonRowLabel'
import { WorkflowHistory as WorkflowHistory_c42613ec258ef618e82391730ef99384 } from '@/admin/workflow/WorkflowHistory'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { WorkflowPanel as WorkflowPanel_39eaa25032e369b06b204827533795be } from '@/admin/workflow/WorkflowPanel'
import { ArticlePublishButton as ArticlePublishButton_d27cb941fe00bf9a17297dcb03d3798e } from '@/admin/workflow/ArticlePublishButton'
import { CommentCell as CommentCell_1d3f1f22ae18ecd3b34f693b729f3d0d } from '@/admin/comments/CommentCell'
import { StatusCell as StatusCell_4cb983ac9056062c8f40c405de247e32 } from '@/admin/comments/StatusCell'
import { StaffReplyPanel as StaffReplyPanel_6bd2ae3b15b89e4c42b7b7243ff5ba24 } from '@/admin/comments/StaffReplyPanel'
import { CommenterHistory as CommenterHistory_8fbdc48fa61831b6c00c5e15e513d8eb } from '@/admin/comments/CommenterHistory'
import { HeldForCell as HeldForCell_ac97eb7a344414ef8ba88e560114bd0e } from '@/admin/comments/HeldForCell'
import { CommentQueueTabs as CommentQueueTabs_eb18510bcb2c7bbe637ffb946e88177a } from '@/admin/comments/CommentQueueTabs'
import { BulkModerationBar as BulkModerationBar_399a929e301e0627e4a858850e7df737 } from '@/admin/comments/BulkModerationBar'
import { InvitationStatus as InvitationStatus_ddb30b502ff23788c110fc6c71e1c84b } from '@/admin/people/InvitationStatus'
import { InviteButton as InviteButton_5a79b7754085919509c17eabdfc6cb26 } from '@/admin/people/InviteButton'
import { ReadOnlyNotice as ReadOnlyNotice_7ab4e374027f6a52eac476c79394b089 } from '@/admin/settings/ReadOnlyNotice'
import { TimeZoneField as TimeZoneField_7294ea5b5b869bf06c22fc08b18769af } from '@/admin/settings/TimeZoneField'
import { Icon as Icon_02798fa61072cab6da92891b8e552dc5 } from '@/admin/branding/Icon'
import { Logo as Logo_7e3c75542bae7f6b46b1ffc0e92d996e } from '@/admin/branding/Logo'
import { PendingCommentsNavLink as PendingCommentsNavLink_2382494b7ae693067329f7ecded58103 } from '@/admin/comments/PendingCommentsNavLink'
import { OpenNavOnWideScreens as OpenNavOnWideScreens_4206b3578bbfce27e1751300107314b6 } from '@/admin/nav/OpenNavOnWideScreens'
import { HomeDashboard as HomeDashboard_3dcb84fa04c1d3707894d7f3de243d90 } from '@/admin/dashboard/HomeDashboard'
import { SetPasswordView as SetPasswordView_cdafbd0ef2d45ffdc5447c40bf023af6 } from '@/admin/people/SetPasswordView'
import { InviteView as InviteView_8da5c2263feef241a5858a63c7b58ad7 } from '@/admin/people/InviteView'
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
  "@/admin/ReasonRowLabel#ReasonRowLabel": ReasonRowLabel_17bfc096285e80265230175c0fb80e45,
  "@/admin/workflow/WorkflowHistory#WorkflowHistory": WorkflowHistory_c42613ec258ef618e82391730ef99384,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@/admin/workflow/WorkflowPanel#WorkflowPanel": WorkflowPanel_39eaa25032e369b06b204827533795be,
  "@/admin/workflow/ArticlePublishButton#ArticlePublishButton": ArticlePublishButton_d27cb941fe00bf9a17297dcb03d3798e,
  "@/admin/comments/CommentCell#CommentCell": CommentCell_1d3f1f22ae18ecd3b34f693b729f3d0d,
  "@/admin/comments/StatusCell#StatusCell": StatusCell_4cb983ac9056062c8f40c405de247e32,
  "@/admin/comments/StaffReplyPanel#StaffReplyPanel": StaffReplyPanel_6bd2ae3b15b89e4c42b7b7243ff5ba24,
  "@/admin/comments/CommenterHistory#CommenterHistory": CommenterHistory_8fbdc48fa61831b6c00c5e15e513d8eb,
  "@/admin/comments/HeldForCell#HeldForCell": HeldForCell_ac97eb7a344414ef8ba88e560114bd0e,
  "@/admin/comments/CommentQueueTabs#CommentQueueTabs": CommentQueueTabs_eb18510bcb2c7bbe637ffb946e88177a,
  "@/admin/comments/BulkModerationBar#BulkModerationBar": BulkModerationBar_399a929e301e0627e4a858850e7df737,
  "@/admin/people/InvitationStatus#InvitationStatus": InvitationStatus_ddb30b502ff23788c110fc6c71e1c84b,
  "@/admin/people/InviteButton#InviteButton": InviteButton_5a79b7754085919509c17eabdfc6cb26,
  "@/admin/settings/ReadOnlyNotice#ReadOnlyNotice": ReadOnlyNotice_7ab4e374027f6a52eac476c79394b089,
  "@/admin/settings/TimeZoneField#TimeZoneField": TimeZoneField_7294ea5b5b869bf06c22fc08b18769af,
  "@/admin/branding/Icon#Icon": Icon_02798fa61072cab6da92891b8e552dc5,
  "@/admin/branding/Logo#Logo": Logo_7e3c75542bae7f6b46b1ffc0e92d996e,
  "@/admin/comments/PendingCommentsNavLink#PendingCommentsNavLink": PendingCommentsNavLink_2382494b7ae693067329f7ecded58103,
  "@/admin/nav/OpenNavOnWideScreens#OpenNavOnWideScreens": OpenNavOnWideScreens_4206b3578bbfce27e1751300107314b6,
  "@/admin/dashboard/HomeDashboard#HomeDashboard": HomeDashboard_3dcb84fa04c1d3707894d7f3de243d90,
  "@/admin/people/SetPasswordView#SetPasswordView": SetPasswordView_cdafbd0ef2d45ffdc5447c40bf023af6,
  "@/admin/people/InviteView#InviteView": InviteView_8da5c2263feef241a5858a63c7b58ad7,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
