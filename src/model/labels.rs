//! What the interface calls the model's roles and kinds, read from the word tables.

use super::format::Lang;
use super::types::{OrgKind, PartnershipKind, Role};
use crate::words::Roles;

impl Role {
    /// Every role, in the order the roadmap screen groups stakeholders and the
    /// matrix legend lists them.
    pub const ALL: [Self; 7] = [
        Self::KeyPlayer,
        Self::Company,
        Self::ServiceProvider,
        Self::Research,
        Self::Healthcare,
        Self::Public,
        Self::Network,
    ];

    /// A group of stakeholders with this role: "Attori principali".
    pub fn label(self, lang: Lang) -> &'static str {
        self.of(&lang.words().roles)
    }

    /// One stakeholder with this role, as the matrix legend spells its letter.
    pub fn word(self, lang: Lang) -> &'static str {
        self.of(&lang.words().role_words)
    }

    /// The letter the matrix marks this role with; the legend spells it out.
    pub fn mark(self) -> char {
        match self {
            Self::KeyPlayer => 'K',
            Self::Company => 'C',
            Self::ServiceProvider => 'S',
            Self::Research => 'R',
            Self::Healthcare => 'H',
            Self::Public => 'P',
            Self::Network => 'N',
        }
    }

    fn of(self, w: &Roles) -> &'static str {
        match self {
            Self::KeyPlayer => w.key_player,
            Self::Company => w.company,
            Self::ServiceProvider => w.service_provider,
            Self::Research => w.research,
            Self::Healthcare => w.healthcare,
            Self::Public => w.public,
            Self::Network => w.network,
        }
    }
}

/// The matrix legend: " K attore principale · C impresa · … ".
pub fn role_legend(lang: Lang) -> String {
    let parts: Vec<String> = Role::ALL
        .iter()
        .map(|r| format!("{} {}", r.mark(), r.word(lang)))
        .collect();
    format!(" {} ", parts.join(" · "))
}

impl OrgKind {
    /// "università", "research institute".
    pub fn label(self, lang: Lang) -> &'static str {
        let w = &lang.words().org_kinds;
        match self {
            Self::Company => w.company,
            Self::University => w.university,
            Self::HigherSchool => w.higher_school,
            Self::ResearchInstitute => w.research_institute,
            Self::Hospital => w.hospital,
            Self::HealthAuthority => w.health_authority,
            Self::Foundation => w.foundation,
            Self::PublicBody => w.public_body,
            Self::Network => w.network,
            Self::CompetenceCentre => w.competence_centre,
            Self::District => w.district,
            Self::Laboratory => w.laboratory,
        }
    }
}

impl PartnershipKind {
    /// "rete europea", "interregional partnership".
    pub fn label(self, lang: Lang) -> &'static str {
        let w = &lang.words().partnership_kinds;
        match self {
            Self::EuNetwork => w.eu_network,
            Self::Interregional => w.interregional,
            Self::BusinessNetwork => w.business_network,
            Self::Agreement => w.agreement,
            Self::Centre => w.centre,
            Self::Project => w.project,
            Self::Initiative => w.initiative,
        }
    }
}
