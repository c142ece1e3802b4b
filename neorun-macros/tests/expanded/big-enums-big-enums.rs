const _: () = {
    const _: &[u8] = ::core::include_bytes!(
        "$CARGO_MANIFEST_DIR/tests/fixtures/big-enums.wit"
    );
};
/// An enum past 256 cases (`u16` representation) and flags at the 32-flag limit.
///
/// The world imports this interface.
#[allow(clippy::all, clippy::pedantic, unused_qualifications)]
pub mod big {
    #[allow(unused_imports)]
    use ::std::prelude::rust_2021::*;
    #[allow(unused_imports)]
    use ::core;
    #[allow(unused_imports)]
    use ::neorun::__private::wasmtime;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t0 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        #[derive(
            ::neorun::__private::wasmtime::component::ComponentType,
            ::neorun::__private::wasmtime::component::Lift,
            ::neorun::__private::wasmtime::component::Lower
        )]
        #[component(wasmtime_crate = ::neorun::__private::wasmtime)]
        #[component(enum)]
        #[repr(u16)]
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::fmt::Debug,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash
        )]
        pub enum Many {
            #[component(name = "c0")]
            C0,
            #[component(name = "c1")]
            C1,
            #[component(name = "c2")]
            C2,
            #[component(name = "c3")]
            C3,
            #[component(name = "c4")]
            C4,
            #[component(name = "c5")]
            C5,
            #[component(name = "c6")]
            C6,
            #[component(name = "c7")]
            C7,
            #[component(name = "c8")]
            C8,
            #[component(name = "c9")]
            C9,
            #[component(name = "c10")]
            C10,
            #[component(name = "c11")]
            C11,
            #[component(name = "c12")]
            C12,
            #[component(name = "c13")]
            C13,
            #[component(name = "c14")]
            C14,
            #[component(name = "c15")]
            C15,
            #[component(name = "c16")]
            C16,
            #[component(name = "c17")]
            C17,
            #[component(name = "c18")]
            C18,
            #[component(name = "c19")]
            C19,
            #[component(name = "c20")]
            C20,
            #[component(name = "c21")]
            C21,
            #[component(name = "c22")]
            C22,
            #[component(name = "c23")]
            C23,
            #[component(name = "c24")]
            C24,
            #[component(name = "c25")]
            C25,
            #[component(name = "c26")]
            C26,
            #[component(name = "c27")]
            C27,
            #[component(name = "c28")]
            C28,
            #[component(name = "c29")]
            C29,
            #[component(name = "c30")]
            C30,
            #[component(name = "c31")]
            C31,
            #[component(name = "c32")]
            C32,
            #[component(name = "c33")]
            C33,
            #[component(name = "c34")]
            C34,
            #[component(name = "c35")]
            C35,
            #[component(name = "c36")]
            C36,
            #[component(name = "c37")]
            C37,
            #[component(name = "c38")]
            C38,
            #[component(name = "c39")]
            C39,
            #[component(name = "c40")]
            C40,
            #[component(name = "c41")]
            C41,
            #[component(name = "c42")]
            C42,
            #[component(name = "c43")]
            C43,
            #[component(name = "c44")]
            C44,
            #[component(name = "c45")]
            C45,
            #[component(name = "c46")]
            C46,
            #[component(name = "c47")]
            C47,
            #[component(name = "c48")]
            C48,
            #[component(name = "c49")]
            C49,
            #[component(name = "c50")]
            C50,
            #[component(name = "c51")]
            C51,
            #[component(name = "c52")]
            C52,
            #[component(name = "c53")]
            C53,
            #[component(name = "c54")]
            C54,
            #[component(name = "c55")]
            C55,
            #[component(name = "c56")]
            C56,
            #[component(name = "c57")]
            C57,
            #[component(name = "c58")]
            C58,
            #[component(name = "c59")]
            C59,
            #[component(name = "c60")]
            C60,
            #[component(name = "c61")]
            C61,
            #[component(name = "c62")]
            C62,
            #[component(name = "c63")]
            C63,
            #[component(name = "c64")]
            C64,
            #[component(name = "c65")]
            C65,
            #[component(name = "c66")]
            C66,
            #[component(name = "c67")]
            C67,
            #[component(name = "c68")]
            C68,
            #[component(name = "c69")]
            C69,
            #[component(name = "c70")]
            C70,
            #[component(name = "c71")]
            C71,
            #[component(name = "c72")]
            C72,
            #[component(name = "c73")]
            C73,
            #[component(name = "c74")]
            C74,
            #[component(name = "c75")]
            C75,
            #[component(name = "c76")]
            C76,
            #[component(name = "c77")]
            C77,
            #[component(name = "c78")]
            C78,
            #[component(name = "c79")]
            C79,
            #[component(name = "c80")]
            C80,
            #[component(name = "c81")]
            C81,
            #[component(name = "c82")]
            C82,
            #[component(name = "c83")]
            C83,
            #[component(name = "c84")]
            C84,
            #[component(name = "c85")]
            C85,
            #[component(name = "c86")]
            C86,
            #[component(name = "c87")]
            C87,
            #[component(name = "c88")]
            C88,
            #[component(name = "c89")]
            C89,
            #[component(name = "c90")]
            C90,
            #[component(name = "c91")]
            C91,
            #[component(name = "c92")]
            C92,
            #[component(name = "c93")]
            C93,
            #[component(name = "c94")]
            C94,
            #[component(name = "c95")]
            C95,
            #[component(name = "c96")]
            C96,
            #[component(name = "c97")]
            C97,
            #[component(name = "c98")]
            C98,
            #[component(name = "c99")]
            C99,
            #[component(name = "c100")]
            C100,
            #[component(name = "c101")]
            C101,
            #[component(name = "c102")]
            C102,
            #[component(name = "c103")]
            C103,
            #[component(name = "c104")]
            C104,
            #[component(name = "c105")]
            C105,
            #[component(name = "c106")]
            C106,
            #[component(name = "c107")]
            C107,
            #[component(name = "c108")]
            C108,
            #[component(name = "c109")]
            C109,
            #[component(name = "c110")]
            C110,
            #[component(name = "c111")]
            C111,
            #[component(name = "c112")]
            C112,
            #[component(name = "c113")]
            C113,
            #[component(name = "c114")]
            C114,
            #[component(name = "c115")]
            C115,
            #[component(name = "c116")]
            C116,
            #[component(name = "c117")]
            C117,
            #[component(name = "c118")]
            C118,
            #[component(name = "c119")]
            C119,
            #[component(name = "c120")]
            C120,
            #[component(name = "c121")]
            C121,
            #[component(name = "c122")]
            C122,
            #[component(name = "c123")]
            C123,
            #[component(name = "c124")]
            C124,
            #[component(name = "c125")]
            C125,
            #[component(name = "c126")]
            C126,
            #[component(name = "c127")]
            C127,
            #[component(name = "c128")]
            C128,
            #[component(name = "c129")]
            C129,
            #[component(name = "c130")]
            C130,
            #[component(name = "c131")]
            C131,
            #[component(name = "c132")]
            C132,
            #[component(name = "c133")]
            C133,
            #[component(name = "c134")]
            C134,
            #[component(name = "c135")]
            C135,
            #[component(name = "c136")]
            C136,
            #[component(name = "c137")]
            C137,
            #[component(name = "c138")]
            C138,
            #[component(name = "c139")]
            C139,
            #[component(name = "c140")]
            C140,
            #[component(name = "c141")]
            C141,
            #[component(name = "c142")]
            C142,
            #[component(name = "c143")]
            C143,
            #[component(name = "c144")]
            C144,
            #[component(name = "c145")]
            C145,
            #[component(name = "c146")]
            C146,
            #[component(name = "c147")]
            C147,
            #[component(name = "c148")]
            C148,
            #[component(name = "c149")]
            C149,
            #[component(name = "c150")]
            C150,
            #[component(name = "c151")]
            C151,
            #[component(name = "c152")]
            C152,
            #[component(name = "c153")]
            C153,
            #[component(name = "c154")]
            C154,
            #[component(name = "c155")]
            C155,
            #[component(name = "c156")]
            C156,
            #[component(name = "c157")]
            C157,
            #[component(name = "c158")]
            C158,
            #[component(name = "c159")]
            C159,
            #[component(name = "c160")]
            C160,
            #[component(name = "c161")]
            C161,
            #[component(name = "c162")]
            C162,
            #[component(name = "c163")]
            C163,
            #[component(name = "c164")]
            C164,
            #[component(name = "c165")]
            C165,
            #[component(name = "c166")]
            C166,
            #[component(name = "c167")]
            C167,
            #[component(name = "c168")]
            C168,
            #[component(name = "c169")]
            C169,
            #[component(name = "c170")]
            C170,
            #[component(name = "c171")]
            C171,
            #[component(name = "c172")]
            C172,
            #[component(name = "c173")]
            C173,
            #[component(name = "c174")]
            C174,
            #[component(name = "c175")]
            C175,
            #[component(name = "c176")]
            C176,
            #[component(name = "c177")]
            C177,
            #[component(name = "c178")]
            C178,
            #[component(name = "c179")]
            C179,
            #[component(name = "c180")]
            C180,
            #[component(name = "c181")]
            C181,
            #[component(name = "c182")]
            C182,
            #[component(name = "c183")]
            C183,
            #[component(name = "c184")]
            C184,
            #[component(name = "c185")]
            C185,
            #[component(name = "c186")]
            C186,
            #[component(name = "c187")]
            C187,
            #[component(name = "c188")]
            C188,
            #[component(name = "c189")]
            C189,
            #[component(name = "c190")]
            C190,
            #[component(name = "c191")]
            C191,
            #[component(name = "c192")]
            C192,
            #[component(name = "c193")]
            C193,
            #[component(name = "c194")]
            C194,
            #[component(name = "c195")]
            C195,
            #[component(name = "c196")]
            C196,
            #[component(name = "c197")]
            C197,
            #[component(name = "c198")]
            C198,
            #[component(name = "c199")]
            C199,
            #[component(name = "c200")]
            C200,
            #[component(name = "c201")]
            C201,
            #[component(name = "c202")]
            C202,
            #[component(name = "c203")]
            C203,
            #[component(name = "c204")]
            C204,
            #[component(name = "c205")]
            C205,
            #[component(name = "c206")]
            C206,
            #[component(name = "c207")]
            C207,
            #[component(name = "c208")]
            C208,
            #[component(name = "c209")]
            C209,
            #[component(name = "c210")]
            C210,
            #[component(name = "c211")]
            C211,
            #[component(name = "c212")]
            C212,
            #[component(name = "c213")]
            C213,
            #[component(name = "c214")]
            C214,
            #[component(name = "c215")]
            C215,
            #[component(name = "c216")]
            C216,
            #[component(name = "c217")]
            C217,
            #[component(name = "c218")]
            C218,
            #[component(name = "c219")]
            C219,
            #[component(name = "c220")]
            C220,
            #[component(name = "c221")]
            C221,
            #[component(name = "c222")]
            C222,
            #[component(name = "c223")]
            C223,
            #[component(name = "c224")]
            C224,
            #[component(name = "c225")]
            C225,
            #[component(name = "c226")]
            C226,
            #[component(name = "c227")]
            C227,
            #[component(name = "c228")]
            C228,
            #[component(name = "c229")]
            C229,
            #[component(name = "c230")]
            C230,
            #[component(name = "c231")]
            C231,
            #[component(name = "c232")]
            C232,
            #[component(name = "c233")]
            C233,
            #[component(name = "c234")]
            C234,
            #[component(name = "c235")]
            C235,
            #[component(name = "c236")]
            C236,
            #[component(name = "c237")]
            C237,
            #[component(name = "c238")]
            C238,
            #[component(name = "c239")]
            C239,
            #[component(name = "c240")]
            C240,
            #[component(name = "c241")]
            C241,
            #[component(name = "c242")]
            C242,
            #[component(name = "c243")]
            C243,
            #[component(name = "c244")]
            C244,
            #[component(name = "c245")]
            C245,
            #[component(name = "c246")]
            C246,
            #[component(name = "c247")]
            C247,
            #[component(name = "c248")]
            C248,
            #[component(name = "c249")]
            C249,
            #[component(name = "c250")]
            C250,
            #[component(name = "c251")]
            C251,
            #[component(name = "c252")]
            C252,
            #[component(name = "c253")]
            C253,
            #[component(name = "c254")]
            C254,
            #[component(name = "c255")]
            C255,
            #[component(name = "c256")]
            C256,
            #[component(name = "c257")]
            C257,
            #[component(name = "c258")]
            C258,
            #[component(name = "c259")]
            C259,
            #[component(name = "c260")]
            C260,
            #[component(name = "c261")]
            C261,
            #[component(name = "c262")]
            C262,
            #[component(name = "c263")]
            C263,
            #[component(name = "c264")]
            C264,
            #[component(name = "c265")]
            C265,
            #[component(name = "c266")]
            C266,
            #[component(name = "c267")]
            C267,
            #[component(name = "c268")]
            C268,
            #[component(name = "c269")]
            C269,
            #[component(name = "c270")]
            C270,
            #[component(name = "c271")]
            C271,
            #[component(name = "c272")]
            C272,
            #[component(name = "c273")]
            C273,
            #[component(name = "c274")]
            C274,
            #[component(name = "c275")]
            C275,
            #[component(name = "c276")]
            C276,
            #[component(name = "c277")]
            C277,
            #[component(name = "c278")]
            C278,
            #[component(name = "c279")]
            C279,
            #[component(name = "c280")]
            C280,
            #[component(name = "c281")]
            C281,
            #[component(name = "c282")]
            C282,
            #[component(name = "c283")]
            C283,
            #[component(name = "c284")]
            C284,
            #[component(name = "c285")]
            C285,
            #[component(name = "c286")]
            C286,
            #[component(name = "c287")]
            C287,
            #[component(name = "c288")]
            C288,
            #[component(name = "c289")]
            C289,
            #[component(name = "c290")]
            C290,
            #[component(name = "c291")]
            C291,
            #[component(name = "c292")]
            C292,
            #[component(name = "c293")]
            C293,
            #[component(name = "c294")]
            C294,
            #[component(name = "c295")]
            C295,
            #[component(name = "c296")]
            C296,
            #[component(name = "c297")]
            C297,
            #[component(name = "c298")]
            C298,
            #[component(name = "c299")]
            C299,
        }
        impl ::neorun::__private::neopack::codec::Encode for Many {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                __enc
                    .variant(
                        match self {
                            Self::C0 => 0u32,
                            Self::C1 => 1u32,
                            Self::C2 => 2u32,
                            Self::C3 => 3u32,
                            Self::C4 => 4u32,
                            Self::C5 => 5u32,
                            Self::C6 => 6u32,
                            Self::C7 => 7u32,
                            Self::C8 => 8u32,
                            Self::C9 => 9u32,
                            Self::C10 => 10u32,
                            Self::C11 => 11u32,
                            Self::C12 => 12u32,
                            Self::C13 => 13u32,
                            Self::C14 => 14u32,
                            Self::C15 => 15u32,
                            Self::C16 => 16u32,
                            Self::C17 => 17u32,
                            Self::C18 => 18u32,
                            Self::C19 => 19u32,
                            Self::C20 => 20u32,
                            Self::C21 => 21u32,
                            Self::C22 => 22u32,
                            Self::C23 => 23u32,
                            Self::C24 => 24u32,
                            Self::C25 => 25u32,
                            Self::C26 => 26u32,
                            Self::C27 => 27u32,
                            Self::C28 => 28u32,
                            Self::C29 => 29u32,
                            Self::C30 => 30u32,
                            Self::C31 => 31u32,
                            Self::C32 => 32u32,
                            Self::C33 => 33u32,
                            Self::C34 => 34u32,
                            Self::C35 => 35u32,
                            Self::C36 => 36u32,
                            Self::C37 => 37u32,
                            Self::C38 => 38u32,
                            Self::C39 => 39u32,
                            Self::C40 => 40u32,
                            Self::C41 => 41u32,
                            Self::C42 => 42u32,
                            Self::C43 => 43u32,
                            Self::C44 => 44u32,
                            Self::C45 => 45u32,
                            Self::C46 => 46u32,
                            Self::C47 => 47u32,
                            Self::C48 => 48u32,
                            Self::C49 => 49u32,
                            Self::C50 => 50u32,
                            Self::C51 => 51u32,
                            Self::C52 => 52u32,
                            Self::C53 => 53u32,
                            Self::C54 => 54u32,
                            Self::C55 => 55u32,
                            Self::C56 => 56u32,
                            Self::C57 => 57u32,
                            Self::C58 => 58u32,
                            Self::C59 => 59u32,
                            Self::C60 => 60u32,
                            Self::C61 => 61u32,
                            Self::C62 => 62u32,
                            Self::C63 => 63u32,
                            Self::C64 => 64u32,
                            Self::C65 => 65u32,
                            Self::C66 => 66u32,
                            Self::C67 => 67u32,
                            Self::C68 => 68u32,
                            Self::C69 => 69u32,
                            Self::C70 => 70u32,
                            Self::C71 => 71u32,
                            Self::C72 => 72u32,
                            Self::C73 => 73u32,
                            Self::C74 => 74u32,
                            Self::C75 => 75u32,
                            Self::C76 => 76u32,
                            Self::C77 => 77u32,
                            Self::C78 => 78u32,
                            Self::C79 => 79u32,
                            Self::C80 => 80u32,
                            Self::C81 => 81u32,
                            Self::C82 => 82u32,
                            Self::C83 => 83u32,
                            Self::C84 => 84u32,
                            Self::C85 => 85u32,
                            Self::C86 => 86u32,
                            Self::C87 => 87u32,
                            Self::C88 => 88u32,
                            Self::C89 => 89u32,
                            Self::C90 => 90u32,
                            Self::C91 => 91u32,
                            Self::C92 => 92u32,
                            Self::C93 => 93u32,
                            Self::C94 => 94u32,
                            Self::C95 => 95u32,
                            Self::C96 => 96u32,
                            Self::C97 => 97u32,
                            Self::C98 => 98u32,
                            Self::C99 => 99u32,
                            Self::C100 => 100u32,
                            Self::C101 => 101u32,
                            Self::C102 => 102u32,
                            Self::C103 => 103u32,
                            Self::C104 => 104u32,
                            Self::C105 => 105u32,
                            Self::C106 => 106u32,
                            Self::C107 => 107u32,
                            Self::C108 => 108u32,
                            Self::C109 => 109u32,
                            Self::C110 => 110u32,
                            Self::C111 => 111u32,
                            Self::C112 => 112u32,
                            Self::C113 => 113u32,
                            Self::C114 => 114u32,
                            Self::C115 => 115u32,
                            Self::C116 => 116u32,
                            Self::C117 => 117u32,
                            Self::C118 => 118u32,
                            Self::C119 => 119u32,
                            Self::C120 => 120u32,
                            Self::C121 => 121u32,
                            Self::C122 => 122u32,
                            Self::C123 => 123u32,
                            Self::C124 => 124u32,
                            Self::C125 => 125u32,
                            Self::C126 => 126u32,
                            Self::C127 => 127u32,
                            Self::C128 => 128u32,
                            Self::C129 => 129u32,
                            Self::C130 => 130u32,
                            Self::C131 => 131u32,
                            Self::C132 => 132u32,
                            Self::C133 => 133u32,
                            Self::C134 => 134u32,
                            Self::C135 => 135u32,
                            Self::C136 => 136u32,
                            Self::C137 => 137u32,
                            Self::C138 => 138u32,
                            Self::C139 => 139u32,
                            Self::C140 => 140u32,
                            Self::C141 => 141u32,
                            Self::C142 => 142u32,
                            Self::C143 => 143u32,
                            Self::C144 => 144u32,
                            Self::C145 => 145u32,
                            Self::C146 => 146u32,
                            Self::C147 => 147u32,
                            Self::C148 => 148u32,
                            Self::C149 => 149u32,
                            Self::C150 => 150u32,
                            Self::C151 => 151u32,
                            Self::C152 => 152u32,
                            Self::C153 => 153u32,
                            Self::C154 => 154u32,
                            Self::C155 => 155u32,
                            Self::C156 => 156u32,
                            Self::C157 => 157u32,
                            Self::C158 => 158u32,
                            Self::C159 => 159u32,
                            Self::C160 => 160u32,
                            Self::C161 => 161u32,
                            Self::C162 => 162u32,
                            Self::C163 => 163u32,
                            Self::C164 => 164u32,
                            Self::C165 => 165u32,
                            Self::C166 => 166u32,
                            Self::C167 => 167u32,
                            Self::C168 => 168u32,
                            Self::C169 => 169u32,
                            Self::C170 => 170u32,
                            Self::C171 => 171u32,
                            Self::C172 => 172u32,
                            Self::C173 => 173u32,
                            Self::C174 => 174u32,
                            Self::C175 => 175u32,
                            Self::C176 => 176u32,
                            Self::C177 => 177u32,
                            Self::C178 => 178u32,
                            Self::C179 => 179u32,
                            Self::C180 => 180u32,
                            Self::C181 => 181u32,
                            Self::C182 => 182u32,
                            Self::C183 => 183u32,
                            Self::C184 => 184u32,
                            Self::C185 => 185u32,
                            Self::C186 => 186u32,
                            Self::C187 => 187u32,
                            Self::C188 => 188u32,
                            Self::C189 => 189u32,
                            Self::C190 => 190u32,
                            Self::C191 => 191u32,
                            Self::C192 => 192u32,
                            Self::C193 => 193u32,
                            Self::C194 => 194u32,
                            Self::C195 => 195u32,
                            Self::C196 => 196u32,
                            Self::C197 => 197u32,
                            Self::C198 => 198u32,
                            Self::C199 => 199u32,
                            Self::C200 => 200u32,
                            Self::C201 => 201u32,
                            Self::C202 => 202u32,
                            Self::C203 => 203u32,
                            Self::C204 => 204u32,
                            Self::C205 => 205u32,
                            Self::C206 => 206u32,
                            Self::C207 => 207u32,
                            Self::C208 => 208u32,
                            Self::C209 => 209u32,
                            Self::C210 => 210u32,
                            Self::C211 => 211u32,
                            Self::C212 => 212u32,
                            Self::C213 => 213u32,
                            Self::C214 => 214u32,
                            Self::C215 => 215u32,
                            Self::C216 => 216u32,
                            Self::C217 => 217u32,
                            Self::C218 => 218u32,
                            Self::C219 => 219u32,
                            Self::C220 => 220u32,
                            Self::C221 => 221u32,
                            Self::C222 => 222u32,
                            Self::C223 => 223u32,
                            Self::C224 => 224u32,
                            Self::C225 => 225u32,
                            Self::C226 => 226u32,
                            Self::C227 => 227u32,
                            Self::C228 => 228u32,
                            Self::C229 => 229u32,
                            Self::C230 => 230u32,
                            Self::C231 => 231u32,
                            Self::C232 => 232u32,
                            Self::C233 => 233u32,
                            Self::C234 => 234u32,
                            Self::C235 => 235u32,
                            Self::C236 => 236u32,
                            Self::C237 => 237u32,
                            Self::C238 => 238u32,
                            Self::C239 => 239u32,
                            Self::C240 => 240u32,
                            Self::C241 => 241u32,
                            Self::C242 => 242u32,
                            Self::C243 => 243u32,
                            Self::C244 => 244u32,
                            Self::C245 => 245u32,
                            Self::C246 => 246u32,
                            Self::C247 => 247u32,
                            Self::C248 => 248u32,
                            Self::C249 => 249u32,
                            Self::C250 => 250u32,
                            Self::C251 => 251u32,
                            Self::C252 => 252u32,
                            Self::C253 => 253u32,
                            Self::C254 => 254u32,
                            Self::C255 => 255u32,
                            Self::C256 => 256u32,
                            Self::C257 => 257u32,
                            Self::C258 => 258u32,
                            Self::C259 => 259u32,
                            Self::C260 => 260u32,
                            Self::C261 => 261u32,
                            Self::C262 => 262u32,
                            Self::C263 => 263u32,
                            Self::C264 => 264u32,
                            Self::C265 => 265u32,
                            Self::C266 => 266u32,
                            Self::C267 => 267u32,
                            Self::C268 => 268u32,
                            Self::C269 => 269u32,
                            Self::C270 => 270u32,
                            Self::C271 => 271u32,
                            Self::C272 => 272u32,
                            Self::C273 => 273u32,
                            Self::C274 => 274u32,
                            Self::C275 => 275u32,
                            Self::C276 => 276u32,
                            Self::C277 => 277u32,
                            Self::C278 => 278u32,
                            Self::C279 => 279u32,
                            Self::C280 => 280u32,
                            Self::C281 => 281u32,
                            Self::C282 => 282u32,
                            Self::C283 => 283u32,
                            Self::C284 => 284u32,
                            Self::C285 => 285u32,
                            Self::C286 => 286u32,
                            Self::C287 => 287u32,
                            Self::C288 => 288u32,
                            Self::C289 => 289u32,
                            Self::C290 => 290u32,
                            Self::C291 => 291u32,
                            Self::C292 => 292u32,
                            Self::C293 => 293u32,
                            Self::C294 => 294u32,
                            Self::C295 => 295u32,
                            Self::C296 => 296u32,
                            Self::C297 => 297u32,
                            Self::C298 => 298u32,
                            Self::C299 => 299u32,
                        },
                    )?;
                __enc.unit()
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Many {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                let __at = __dec.offset();
                let __v = match __dec.variant()? {
                    0u32 => Self::C0,
                    1u32 => Self::C1,
                    2u32 => Self::C2,
                    3u32 => Self::C3,
                    4u32 => Self::C4,
                    5u32 => Self::C5,
                    6u32 => Self::C6,
                    7u32 => Self::C7,
                    8u32 => Self::C8,
                    9u32 => Self::C9,
                    10u32 => Self::C10,
                    11u32 => Self::C11,
                    12u32 => Self::C12,
                    13u32 => Self::C13,
                    14u32 => Self::C14,
                    15u32 => Self::C15,
                    16u32 => Self::C16,
                    17u32 => Self::C17,
                    18u32 => Self::C18,
                    19u32 => Self::C19,
                    20u32 => Self::C20,
                    21u32 => Self::C21,
                    22u32 => Self::C22,
                    23u32 => Self::C23,
                    24u32 => Self::C24,
                    25u32 => Self::C25,
                    26u32 => Self::C26,
                    27u32 => Self::C27,
                    28u32 => Self::C28,
                    29u32 => Self::C29,
                    30u32 => Self::C30,
                    31u32 => Self::C31,
                    32u32 => Self::C32,
                    33u32 => Self::C33,
                    34u32 => Self::C34,
                    35u32 => Self::C35,
                    36u32 => Self::C36,
                    37u32 => Self::C37,
                    38u32 => Self::C38,
                    39u32 => Self::C39,
                    40u32 => Self::C40,
                    41u32 => Self::C41,
                    42u32 => Self::C42,
                    43u32 => Self::C43,
                    44u32 => Self::C44,
                    45u32 => Self::C45,
                    46u32 => Self::C46,
                    47u32 => Self::C47,
                    48u32 => Self::C48,
                    49u32 => Self::C49,
                    50u32 => Self::C50,
                    51u32 => Self::C51,
                    52u32 => Self::C52,
                    53u32 => Self::C53,
                    54u32 => Self::C54,
                    55u32 => Self::C55,
                    56u32 => Self::C56,
                    57u32 => Self::C57,
                    58u32 => Self::C58,
                    59u32 => Self::C59,
                    60u32 => Self::C60,
                    61u32 => Self::C61,
                    62u32 => Self::C62,
                    63u32 => Self::C63,
                    64u32 => Self::C64,
                    65u32 => Self::C65,
                    66u32 => Self::C66,
                    67u32 => Self::C67,
                    68u32 => Self::C68,
                    69u32 => Self::C69,
                    70u32 => Self::C70,
                    71u32 => Self::C71,
                    72u32 => Self::C72,
                    73u32 => Self::C73,
                    74u32 => Self::C74,
                    75u32 => Self::C75,
                    76u32 => Self::C76,
                    77u32 => Self::C77,
                    78u32 => Self::C78,
                    79u32 => Self::C79,
                    80u32 => Self::C80,
                    81u32 => Self::C81,
                    82u32 => Self::C82,
                    83u32 => Self::C83,
                    84u32 => Self::C84,
                    85u32 => Self::C85,
                    86u32 => Self::C86,
                    87u32 => Self::C87,
                    88u32 => Self::C88,
                    89u32 => Self::C89,
                    90u32 => Self::C90,
                    91u32 => Self::C91,
                    92u32 => Self::C92,
                    93u32 => Self::C93,
                    94u32 => Self::C94,
                    95u32 => Self::C95,
                    96u32 => Self::C96,
                    97u32 => Self::C97,
                    98u32 => Self::C98,
                    99u32 => Self::C99,
                    100u32 => Self::C100,
                    101u32 => Self::C101,
                    102u32 => Self::C102,
                    103u32 => Self::C103,
                    104u32 => Self::C104,
                    105u32 => Self::C105,
                    106u32 => Self::C106,
                    107u32 => Self::C107,
                    108u32 => Self::C108,
                    109u32 => Self::C109,
                    110u32 => Self::C110,
                    111u32 => Self::C111,
                    112u32 => Self::C112,
                    113u32 => Self::C113,
                    114u32 => Self::C114,
                    115u32 => Self::C115,
                    116u32 => Self::C116,
                    117u32 => Self::C117,
                    118u32 => Self::C118,
                    119u32 => Self::C119,
                    120u32 => Self::C120,
                    121u32 => Self::C121,
                    122u32 => Self::C122,
                    123u32 => Self::C123,
                    124u32 => Self::C124,
                    125u32 => Self::C125,
                    126u32 => Self::C126,
                    127u32 => Self::C127,
                    128u32 => Self::C128,
                    129u32 => Self::C129,
                    130u32 => Self::C130,
                    131u32 => Self::C131,
                    132u32 => Self::C132,
                    133u32 => Self::C133,
                    134u32 => Self::C134,
                    135u32 => Self::C135,
                    136u32 => Self::C136,
                    137u32 => Self::C137,
                    138u32 => Self::C138,
                    139u32 => Self::C139,
                    140u32 => Self::C140,
                    141u32 => Self::C141,
                    142u32 => Self::C142,
                    143u32 => Self::C143,
                    144u32 => Self::C144,
                    145u32 => Self::C145,
                    146u32 => Self::C146,
                    147u32 => Self::C147,
                    148u32 => Self::C148,
                    149u32 => Self::C149,
                    150u32 => Self::C150,
                    151u32 => Self::C151,
                    152u32 => Self::C152,
                    153u32 => Self::C153,
                    154u32 => Self::C154,
                    155u32 => Self::C155,
                    156u32 => Self::C156,
                    157u32 => Self::C157,
                    158u32 => Self::C158,
                    159u32 => Self::C159,
                    160u32 => Self::C160,
                    161u32 => Self::C161,
                    162u32 => Self::C162,
                    163u32 => Self::C163,
                    164u32 => Self::C164,
                    165u32 => Self::C165,
                    166u32 => Self::C166,
                    167u32 => Self::C167,
                    168u32 => Self::C168,
                    169u32 => Self::C169,
                    170u32 => Self::C170,
                    171u32 => Self::C171,
                    172u32 => Self::C172,
                    173u32 => Self::C173,
                    174u32 => Self::C174,
                    175u32 => Self::C175,
                    176u32 => Self::C176,
                    177u32 => Self::C177,
                    178u32 => Self::C178,
                    179u32 => Self::C179,
                    180u32 => Self::C180,
                    181u32 => Self::C181,
                    182u32 => Self::C182,
                    183u32 => Self::C183,
                    184u32 => Self::C184,
                    185u32 => Self::C185,
                    186u32 => Self::C186,
                    187u32 => Self::C187,
                    188u32 => Self::C188,
                    189u32 => Self::C189,
                    190u32 => Self::C190,
                    191u32 => Self::C191,
                    192u32 => Self::C192,
                    193u32 => Self::C193,
                    194u32 => Self::C194,
                    195u32 => Self::C195,
                    196u32 => Self::C196,
                    197u32 => Self::C197,
                    198u32 => Self::C198,
                    199u32 => Self::C199,
                    200u32 => Self::C200,
                    201u32 => Self::C201,
                    202u32 => Self::C202,
                    203u32 => Self::C203,
                    204u32 => Self::C204,
                    205u32 => Self::C205,
                    206u32 => Self::C206,
                    207u32 => Self::C207,
                    208u32 => Self::C208,
                    209u32 => Self::C209,
                    210u32 => Self::C210,
                    211u32 => Self::C211,
                    212u32 => Self::C212,
                    213u32 => Self::C213,
                    214u32 => Self::C214,
                    215u32 => Self::C215,
                    216u32 => Self::C216,
                    217u32 => Self::C217,
                    218u32 => Self::C218,
                    219u32 => Self::C219,
                    220u32 => Self::C220,
                    221u32 => Self::C221,
                    222u32 => Self::C222,
                    223u32 => Self::C223,
                    224u32 => Self::C224,
                    225u32 => Self::C225,
                    226u32 => Self::C226,
                    227u32 => Self::C227,
                    228u32 => Self::C228,
                    229u32 => Self::C229,
                    230u32 => Self::C230,
                    231u32 => Self::C231,
                    232u32 => Self::C232,
                    233u32 => Self::C233,
                    234u32 => Self::C234,
                    235u32 => Self::C235,
                    236u32 => Self::C236,
                    237u32 => Self::C237,
                    238u32 => Self::C238,
                    239u32 => Self::C239,
                    240u32 => Self::C240,
                    241u32 => Self::C241,
                    242u32 => Self::C242,
                    243u32 => Self::C243,
                    244u32 => Self::C244,
                    245u32 => Self::C245,
                    246u32 => Self::C246,
                    247u32 => Self::C247,
                    248u32 => Self::C248,
                    249u32 => Self::C249,
                    250u32 => Self::C250,
                    251u32 => Self::C251,
                    252u32 => Self::C252,
                    253u32 => Self::C253,
                    254u32 => Self::C254,
                    255u32 => Self::C255,
                    256u32 => Self::C256,
                    257u32 => Self::C257,
                    258u32 => Self::C258,
                    259u32 => Self::C259,
                    260u32 => Self::C260,
                    261u32 => Self::C261,
                    262u32 => Self::C262,
                    263u32 => Self::C263,
                    264u32 => Self::C264,
                    265u32 => Self::C265,
                    266u32 => Self::C266,
                    267u32 => Self::C267,
                    268u32 => Self::C268,
                    269u32 => Self::C269,
                    270u32 => Self::C270,
                    271u32 => Self::C271,
                    272u32 => Self::C272,
                    273u32 => Self::C273,
                    274u32 => Self::C274,
                    275u32 => Self::C275,
                    276u32 => Self::C276,
                    277u32 => Self::C277,
                    278u32 => Self::C278,
                    279u32 => Self::C279,
                    280u32 => Self::C280,
                    281u32 => Self::C281,
                    282u32 => Self::C282,
                    283u32 => Self::C283,
                    284u32 => Self::C284,
                    285u32 => Self::C285,
                    286u32 => Self::C286,
                    287u32 => Self::C287,
                    288u32 => Self::C288,
                    289u32 => Self::C289,
                    290u32 => Self::C290,
                    291u32 => Self::C291,
                    292u32 => Self::C292,
                    293u32 => Self::C293,
                    294u32 => Self::C294,
                    295u32 => Self::C295,
                    296u32 => Self::C296,
                    297u32 => Self::C297,
                    298u32 => Self::C298,
                    299u32 => Self::C299,
                    __case => {
                        return ::core::result::Result::Err(
                            ::neorun::__private::neopack::codec::case_out_of_range(
                                __at,
                                __case,
                                300u32,
                            ),
                        );
                    }
                };
                __dec.unit()?;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t0::Many;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t1 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        ::neorun::__private::wasmtime::component::flags! {
            Wide { #[component(name = "f0")] const F0; #[component(name = "f1")] const
            F1; #[component(name = "f2")] const F2; #[component(name = "f3")] const F3;
            #[component(name = "f4")] const F4; #[component(name = "f5")] const F5;
            #[component(name = "f6")] const F6; #[component(name = "f7")] const F7;
            #[component(name = "f8")] const F8; #[component(name = "f9")] const F9;
            #[component(name = "f10")] const F10; #[component(name = "f11")] const F11;
            #[component(name = "f12")] const F12; #[component(name = "f13")] const F13;
            #[component(name = "f14")] const F14; #[component(name = "f15")] const F15;
            #[component(name = "f16")] const F16; #[component(name = "f17")] const F17;
            #[component(name = "f18")] const F18; #[component(name = "f19")] const F19;
            #[component(name = "f20")] const F20; #[component(name = "f21")] const F21;
            #[component(name = "f22")] const F22; #[component(name = "f23")] const F23;
            #[component(name = "f24")] const F24; #[component(name = "f25")] const F25;
            #[component(name = "f26")] const F26; #[component(name = "f27")] const F27;
            #[component(name = "f28")] const F28; #[component(name = "f29")] const F29;
            #[component(name = "f30")] const F30; #[component(name = "f31")] const F31; }
        }
        impl ::neorun::__private::neopack::codec::Encode for Wide {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                let __a = self.as_array();
                __enc.flags(32u32, 0 | (__a[0usize] as u64) << 0u32)
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Wide {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                let __bits = ::neorun::__private::neopack::codec::flags(__dec, 32u32)?;
                let mut __v = Self::empty();
                if __bits & 1u64 != 0 {
                    __v = __v | Self::F0;
                }
                if __bits & 2u64 != 0 {
                    __v = __v | Self::F1;
                }
                if __bits & 4u64 != 0 {
                    __v = __v | Self::F2;
                }
                if __bits & 8u64 != 0 {
                    __v = __v | Self::F3;
                }
                if __bits & 16u64 != 0 {
                    __v = __v | Self::F4;
                }
                if __bits & 32u64 != 0 {
                    __v = __v | Self::F5;
                }
                if __bits & 64u64 != 0 {
                    __v = __v | Self::F6;
                }
                if __bits & 128u64 != 0 {
                    __v = __v | Self::F7;
                }
                if __bits & 256u64 != 0 {
                    __v = __v | Self::F8;
                }
                if __bits & 512u64 != 0 {
                    __v = __v | Self::F9;
                }
                if __bits & 1024u64 != 0 {
                    __v = __v | Self::F10;
                }
                if __bits & 2048u64 != 0 {
                    __v = __v | Self::F11;
                }
                if __bits & 4096u64 != 0 {
                    __v = __v | Self::F12;
                }
                if __bits & 8192u64 != 0 {
                    __v = __v | Self::F13;
                }
                if __bits & 16384u64 != 0 {
                    __v = __v | Self::F14;
                }
                if __bits & 32768u64 != 0 {
                    __v = __v | Self::F15;
                }
                if __bits & 65536u64 != 0 {
                    __v = __v | Self::F16;
                }
                if __bits & 131072u64 != 0 {
                    __v = __v | Self::F17;
                }
                if __bits & 262144u64 != 0 {
                    __v = __v | Self::F18;
                }
                if __bits & 524288u64 != 0 {
                    __v = __v | Self::F19;
                }
                if __bits & 1048576u64 != 0 {
                    __v = __v | Self::F20;
                }
                if __bits & 2097152u64 != 0 {
                    __v = __v | Self::F21;
                }
                if __bits & 4194304u64 != 0 {
                    __v = __v | Self::F22;
                }
                if __bits & 8388608u64 != 0 {
                    __v = __v | Self::F23;
                }
                if __bits & 16777216u64 != 0 {
                    __v = __v | Self::F24;
                }
                if __bits & 33554432u64 != 0 {
                    __v = __v | Self::F25;
                }
                if __bits & 67108864u64 != 0 {
                    __v = __v | Self::F26;
                }
                if __bits & 134217728u64 != 0 {
                    __v = __v | Self::F27;
                }
                if __bits & 268435456u64 != 0 {
                    __v = __v | Self::F28;
                }
                if __bits & 536870912u64 != 0 {
                    __v = __v | Self::F29;
                }
                if __bits & 1073741824u64 != 0 {
                    __v = __v | Self::F30;
                }
                if __bits & 2147483648u64 != 0 {
                    __v = __v | Self::F31;
                }
                let _ = __bits;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t1::Wide;
    /// The instance name of this interface in the component model.
    pub const NAME: &str = "fixtures:big-enums/big";
    /// This interface's schema as compiled from WIT (functions in declaration order;
    /// a function's index here is its index on the wire).
    pub fn schema() -> &'static ::neorun::__private::neopack::schema::Interface {
        static __SCHEMA: ::neorun::__private::OnceLock<
            ::neorun::__private::neopack::schema::Interface,
        > = ::neorun::__private::OnceLock::new();
        __SCHEMA
            .get_or_init(|| ::neorun::__private::neopack::schema::Interface::new(
                NAME,
                ::std::vec![
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("pick", [("m",
                    ::neorun::__private::neopack::schema::Type::enumeration(["c0", "c1",
                    "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12",
                    "c13", "c14", "c15", "c16", "c17", "c18", "c19", "c20", "c21", "c22",
                    "c23", "c24", "c25", "c26", "c27", "c28", "c29", "c30", "c31", "c32",
                    "c33", "c34", "c35", "c36", "c37", "c38", "c39", "c40", "c41", "c42",
                    "c43", "c44", "c45", "c46", "c47", "c48", "c49", "c50", "c51", "c52",
                    "c53", "c54", "c55", "c56", "c57", "c58", "c59", "c60", "c61", "c62",
                    "c63", "c64", "c65", "c66", "c67", "c68", "c69", "c70", "c71", "c72",
                    "c73", "c74", "c75", "c76", "c77", "c78", "c79", "c80", "c81", "c82",
                    "c83", "c84", "c85", "c86", "c87", "c88", "c89", "c90", "c91", "c92",
                    "c93", "c94", "c95", "c96", "c97", "c98", "c99", "c100", "c101",
                    "c102", "c103", "c104", "c105", "c106", "c107", "c108", "c109",
                    "c110", "c111", "c112", "c113", "c114", "c115", "c116", "c117",
                    "c118", "c119", "c120", "c121", "c122", "c123", "c124", "c125",
                    "c126", "c127", "c128", "c129", "c130", "c131", "c132", "c133",
                    "c134", "c135", "c136", "c137", "c138", "c139", "c140", "c141",
                    "c142", "c143", "c144", "c145", "c146", "c147", "c148", "c149",
                    "c150", "c151", "c152", "c153", "c154", "c155", "c156", "c157",
                    "c158", "c159", "c160", "c161", "c162", "c163", "c164", "c165",
                    "c166", "c167", "c168", "c169", "c170", "c171", "c172", "c173",
                    "c174", "c175", "c176", "c177", "c178", "c179", "c180", "c181",
                    "c182", "c183", "c184", "c185", "c186", "c187", "c188", "c189",
                    "c190", "c191", "c192", "c193", "c194", "c195", "c196", "c197",
                    "c198", "c199", "c200", "c201", "c202", "c203", "c204", "c205",
                    "c206", "c207", "c208", "c209", "c210", "c211", "c212", "c213",
                    "c214", "c215", "c216", "c217", "c218", "c219", "c220", "c221",
                    "c222", "c223", "c224", "c225", "c226", "c227", "c228", "c229",
                    "c230", "c231", "c232", "c233", "c234", "c235", "c236", "c237",
                    "c238", "c239", "c240", "c241", "c242", "c243", "c244", "c245",
                    "c246", "c247", "c248", "c249", "c250", "c251", "c252", "c253",
                    "c254", "c255", "c256", "c257", "c258", "c259", "c260", "c261",
                    "c262", "c263", "c264", "c265", "c266", "c267", "c268", "c269",
                    "c270", "c271", "c272", "c273", "c274", "c275", "c276", "c277",
                    "c278", "c279", "c280", "c281", "c282", "c283", "c284", "c285",
                    "c286", "c287", "c288", "c289", "c290", "c291", "c292", "c293",
                    "c294", "c295", "c296", "c297", "c298", "c299"])), ("w",
                    ::neorun::__private::neopack::schema::Type::flags(["f0", "f1", "f2",
                    "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10", "f11", "f12", "f13",
                    "f14", "f15", "f16", "f17", "f18", "f19", "f20", "f21", "f22", "f23",
                    "f24", "f25", "f26", "f27", "f28", "f29", "f30", "f31"]))],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::enumeration(["c0",
                    "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11",
                    "c12", "c13", "c14", "c15", "c16", "c17", "c18", "c19", "c20", "c21",
                    "c22", "c23", "c24", "c25", "c26", "c27", "c28", "c29", "c30", "c31",
                    "c32", "c33", "c34", "c35", "c36", "c37", "c38", "c39", "c40", "c41",
                    "c42", "c43", "c44", "c45", "c46", "c47", "c48", "c49", "c50", "c51",
                    "c52", "c53", "c54", "c55", "c56", "c57", "c58", "c59", "c60", "c61",
                    "c62", "c63", "c64", "c65", "c66", "c67", "c68", "c69", "c70", "c71",
                    "c72", "c73", "c74", "c75", "c76", "c77", "c78", "c79", "c80", "c81",
                    "c82", "c83", "c84", "c85", "c86", "c87", "c88", "c89", "c90", "c91",
                    "c92", "c93", "c94", "c95", "c96", "c97", "c98", "c99", "c100",
                    "c101", "c102", "c103", "c104", "c105", "c106", "c107", "c108",
                    "c109", "c110", "c111", "c112", "c113", "c114", "c115", "c116",
                    "c117", "c118", "c119", "c120", "c121", "c122", "c123", "c124",
                    "c125", "c126", "c127", "c128", "c129", "c130", "c131", "c132",
                    "c133", "c134", "c135", "c136", "c137", "c138", "c139", "c140",
                    "c141", "c142", "c143", "c144", "c145", "c146", "c147", "c148",
                    "c149", "c150", "c151", "c152", "c153", "c154", "c155", "c156",
                    "c157", "c158", "c159", "c160", "c161", "c162", "c163", "c164",
                    "c165", "c166", "c167", "c168", "c169", "c170", "c171", "c172",
                    "c173", "c174", "c175", "c176", "c177", "c178", "c179", "c180",
                    "c181", "c182", "c183", "c184", "c185", "c186", "c187", "c188",
                    "c189", "c190", "c191", "c192", "c193", "c194", "c195", "c196",
                    "c197", "c198", "c199", "c200", "c201", "c202", "c203", "c204",
                    "c205", "c206", "c207", "c208", "c209", "c210", "c211", "c212",
                    "c213", "c214", "c215", "c216", "c217", "c218", "c219", "c220",
                    "c221", "c222", "c223", "c224", "c225", "c226", "c227", "c228",
                    "c229", "c230", "c231", "c232", "c233", "c234", "c235", "c236",
                    "c237", "c238", "c239", "c240", "c241", "c242", "c243", "c244",
                    "c245", "c246", "c247", "c248", "c249", "c250", "c251", "c252",
                    "c253", "c254", "c255", "c256", "c257", "c258", "c259", "c260",
                    "c261", "c262", "c263", "c264", "c265", "c266", "c267", "c268",
                    "c269", "c270", "c271", "c272", "c273", "c274", "c275", "c276",
                    "c277", "c278", "c279", "c280", "c281", "c282", "c283", "c284",
                    "c285", "c286", "c287", "c288", "c289", "c290", "c291", "c292",
                    "c293", "c294", "c295", "c296", "c297", "c298", "c299"]),
                    ::neorun::__private::neopack::schema::Type::flags(["f0", "f1", "f2",
                    "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10", "f11", "f12", "f13",
                    "f14", "f15", "f16", "f17", "f18", "f19", "f20", "f21", "f22", "f23",
                    "f24", "f25", "f26", "f27", "f28", "f29", "f30", "f31"])])))
                ],
            ))
    }
    /// Links this interface's functions into `linker` as typed host functions that call
    /// the peer through `binding` (which must be bound to [`schema()`]).
    ///
    /// Works with any store type that implements `NeorunView` (neorun's `Host`, or a
    /// host's own type), next to the host's own functions and WASI.
    ///
    /// Arguments are lifted by wasmtime into Rust values and encoded straight into
    /// neopack; a reply is decoded and checked before it is lowered into the guest.
    ///
    /// # Errors
    /// When the linker refuses a definition (for example a name defined twice).
    pub fn add_to_linker<__T>(
        __linker: &mut ::neorun::__private::wasmtime::component::Linker<__T>,
        __binding: ::neorun::__private::Binding,
    ) -> ::neorun::__private::wasmtime::Result<()>
    where
        __T: ::neorun::__private::NeorunView + ::core::marker::Send + 'static,
    {
        let mut __inst = __linker.instance(NAME)?;
        {
            let __binding = ::core::clone::Clone::clone(&__binding);
            __inst
                .func_wrap_async(
                    "pick",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0, __p1): (Many, Wide)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            0usize,
                            &(&__p0, &__p1),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: (Many, Wide) = ::neorun::__private::finish_call(
                                    __call,
                                    schema(),
                                    0usize,
                                )
                                .await?;
                            ::core::result::Result::Ok((__r,))
                        })
                    },
                )?;
        }
        let _ = &mut __inst;
        ::core::result::Result::Ok(())
    }
    /// The static stubs of this interface, for the runtime's instance builder.
    #[derive(
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::fmt::Debug,
        ::core::default::Default
    )]
    pub struct Stubs;
    impl<__T> ::neorun::__private::StaticInterface<__T> for Stubs
    where
        __T: ::neorun::__private::NeorunView + ::core::marker::Send + 'static,
    {
        fn schema(&self) -> &::neorun::__private::neopack::schema::Interface {
            schema()
        }
        fn add_to_linker(
            &self,
            __linker: &mut ::neorun::__private::wasmtime::component::Linker<__T>,
            __binding: ::neorun::__private::Binding,
        ) -> ::neorun::__private::wasmtime::Result<()> {
            add_to_linker(__linker, __binding)
        }
    }
    /// Serves this interface natively: one method per WIT function.
    ///
    /// Implement it (with `async fn`s) and export it with [`Server`].
    pub trait Handler: ::core::marker::Send + ::core::marker::Sync + 'static {
        fn pick(
            &self,
            m: Many,
            w: Wide,
        ) -> impl ::core::future::Future<Output = (Many, Wide)> + ::core::marker::Send;
    }
    /// A [`Handler`] as a neorun `Service`: arguments are decoded straight into typed
    /// values (malformed ones fail the call with `bad-arguments`), results encoded.
    pub struct Server<__H>(::std::sync::Arc<__H>);
    impl<__H: Handler> Server<__H> {
        /// Serves `handler`.
        pub fn new(handler: __H) -> Self {
            Self(::std::sync::Arc::new(handler))
        }
        /// Serves a shared `handler`.
        pub fn from_arc(handler: ::std::sync::Arc<__H>) -> Self {
            Self(handler)
        }
        /// The handler.
        pub fn handler(&self) -> &__H {
            &self.0
        }
    }
    impl<__H> ::core::fmt::Debug for Server<__H> {
        fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            __f.debug_struct("Server").field("interface", &NAME).finish_non_exhaustive()
        }
    }
    impl<__H: Handler> ::neorun::__private::Service for Server<__H> {
        fn interfaces(&self) -> &[::neorun::__private::neopack::schema::Interface] {
            ::core::slice::from_ref(schema())
        }
        /// The typed decoding of the arguments checks them completely (tags, counts,
        /// UTF-8, canonical floats, case indexes, trailing bytes), so the server need
        /// not walk them against the schema first.
        fn decodes_strictly(&self, __iface: usize) -> bool {
            __iface == 0
        }
        fn call(
            &self,
            __iface: usize,
            __func: usize,
            __args: ::neorun::__private::Bytes,
        ) -> ::neorun::__private::BoxFuture<
            'static,
            ::core::result::Result<
                ::neorun::__private::Bytes,
                ::neorun::__private::Failure,
            >,
        > {
            if __iface != 0 {
                return ::neorun::__private::unknown_interface(__iface);
            }
            let __h = ::std::sync::Arc::clone(&self.0);
            match __func {
                0usize => {
                    match ::neorun::__private::decode_args::<
                        (Many, Wide),
                    >(&__args, schema(), 0usize) {
                        ::core::result::Result::Ok((__p0, __p1)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::pick(&*__h, __p0, __p1).await;
                                ::neorun::__private::encode_reply(&__out, schema(), 0usize)
                            })
                        }
                        ::core::result::Result::Err(__e) => {
                            ::neorun::__private::fail_now(__e)
                        }
                    }
                }
                _ => ::neorun::__private::unknown_function(schema(), __func),
            }
        }
    }
    /// A typed client of this interface for native Rust code: one async method per WIT
    /// function, with the arguments encoded straight into neopack and the reply decoded
    /// and checked against the result type.
    ///
    /// ```ignore
    /// let client = Client::bind(&connection).await?;
    /// ```
    #[derive(::core::clone::Clone, ::core::fmt::Debug)]
    pub struct Client(::neorun::__private::Binding);
    impl Client {
        /// Binds this interface on `conn` (the server checks the schema) and returns
        /// its client.
        ///
        /// # Errors
        /// When the server does not export the interface to this client, or a
        /// function differs from the server's.
        pub async fn bind(
            conn: &::neorun::__private::Connection,
        ) -> ::core::result::Result<Self, ::neorun::__private::BindError> {
            ::core::result::Result::Ok(Self(conn.bind(schema()).await?))
        }
        /// A client over `binding`, which must be bound to [`schema()`].
        pub fn from_binding(binding: ::neorun::__private::Binding) -> Self {
            Self(binding)
        }
        /// The binding the calls go through.
        pub fn binding(&self) -> &::neorun::__private::Binding {
            &self.0
        }
        ///
        /// Calls `pick(m, w)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn pick(
            &self,
            __p0: Many,
            __p1: Wide,
        ) -> ::core::result::Result<(Many, Wide), ::neorun::__private::CallError> {
            ::neorun::__private::client_call(
                    &self.0,
                    0usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(2u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p0,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p1,
                            __enc,
                        )?;
                        __enc.end_record()
                    },
                )
                .await
        }
    }
}
