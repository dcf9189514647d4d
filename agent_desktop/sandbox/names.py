"""Word lists the seed is drawn from: South African and international people and companies.

Plain data, no logic. Names carry the accents, apostrophes and spaces real CRMs hold, so every
screen and search gets exercised with them. "James", "May" and "Thandiwe" are left out on
purpose: the fixed contacts own them, and tests search for them expecting few hits.
"""

from __future__ import annotations

# South African people, by naming tradition (first names, surnames). Mixed now and then on
# generation, as in real life.
SA_PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "nguni_sotho": (
        ("Sipho", "Thabo", "Lerato", "Nomvula", "Ayanda", "Kagiso", "Lindiwe", "Mpho", "Bongani",
         "Zanele", "Themba", "Palesa", "Sibusiso", "Naledi", "Lwazi", "Refilwe", "Tshepo", "Nandi",
         "Khanyisile", "Mandla", "Busisiwe", "Tumelo", "Nokuthula", "Karabo", "Zodwa", "Xolani",
         "Precious", "Andile", "Lungile", "Dumisani", "Nhlanhla", "Boitumelo", "Siyabonga"),
        ("Dlamini", "Nkosi", "Ndlovu", "Mokoena", "Khumalo", "Mthembu", "Zulu", "Mahlangu",
         "Molefe", "Mabaso", "Sithole", "Baloyi", "Maluleke", "Ngcobo", "Radebe", "Motaung",
         "Ntuli", "Cele", "Mkhize", "Shabalala", "Makhubela", "Tshabalala", "Mokoena-Smith"),
    ),
    "afrikaans": (
        ("Pieter", "Johan", "Annelie", "Riaan", "Marelize", "Hendrik", "Elmarie", "Wynand",
         "Liezl", "Francois", "Chantelle", "Jaco", "Anri", "Gerrit", "Marthinus", "Ilse"),
        ("van der Merwe", "Pretorius", "du Plessis", "Venter", "Joubert", "le Roux", "Nel",
         "Coetzee", "Smit", "Kruger", "Steyn", "Ferreira", "Meyer", "Bezuidenhout", "van Wyk",
         "Engelbrecht", "de Villiers"),
    ),
    "indian": (
        ("Ayesha", "Priya", "Rajesh", "Yusuf", "Fatima", "Kavitha", "Suresh", "Zainab", "Nikhil",
         "Shireen", "Vishal", "Deshnee"),
        ("Naidoo", "Pillay", "Govender", "Moodley", "Essop", "Chetty", "Reddy", "Padayachee",
         "Moosa", "Singh"),
    ),
    "english_cape": (
        ("Michael", "Sarah", "Craig", "Nicole", "Gareth", "Kirsty", "Bradley", "Jessica", "Ryan",
         "Megan", "Ashwin", "Shaun", "Faeeza", "Tasneem", "Ebrahim"),
        ("Jacobs", "Adams", "Petersen", "Williams", "Hendricks", "Abrahams", "Isaacs", "February",
         "O'Brien", "Fortuin", "Daniels", "Solomons", "McKenzie"),
    ),
}

# International people by country (ISO code -> first names, surnames). The code picks the
# phone-number plan when such a person has a foreign number.
INTERNATIONAL_PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "GB": (("Oliver", "Harriet", "Zoë", "Callum", "Imogen"),
           ("Whitfield", "Hughes", "Ashworth", "Pemberton")),
    "IE": (("Siobhán", "Aoife", "Ciarán", "Seán"), ("O'Connor", "Ó Súilleabháin", "Byrne")),
    "US": (("Madison", "Tyler", "Brooke", "Marcus"), ("Johnson", "Rivera", "Kowalczyk")),
    "DE": (("Jürgen", "Matthias", "Anja", "Lena"), ("Müller", "Schäfer", "Weiß", "Groß")),
    "DK": (("Søren", "Mette", "Rasmus", "Freja"), ("Jørgensen", "Kjær", "Møller", "Nielsen")),
    "NO": (("Øystein", "Ingrid", "Håkon"), ("Øvergaard", "Bakke", "Løvås")),
    "SE": (("Björn", "Åsa", "Linnéa"), ("Björk", "Ångström", "Lindqvist")),
    "PL": (("Łukasz", "Małgorzata", "Wojciech", "Agnieszka"),
           ("Kowalski", "Wójcik", "Szczęsny", "Zieliński")),
    "FR": (("François", "Anaïs", "Chloé", "Noémie", "Hélène"),
           ("Dubois", "Lefèvre", "Gauthier", "Bérard")),
    "ES": (("José", "María", "Iñaki", "Nuria"), ("García", "Fernández", "Muñoz", "Ibáñez")),
    "PT": (("João", "Inês", "Gonçalo"), ("Gonçalves", "Conceição", "Simões")),
    "NG": (("Ngozi", "Chidi", "Oluwaseun", "Adaeze"), ("Okafor", "Adeyemi", "Nwosu", "Okonkwo")),
    "KE": (("Wanjiru", "Otieno", "Achieng"), ("Kamau", "Odhiambo", "Mwangi")),
    "GH": (("Kwame", "Ama", "Kofi"), ("Mensah", "Asante", "Boateng")),
    "IN": (("Aarav", "Ananya", "Rohan"), ("Sharma", "Iyer", "Banerjee")),
    "AU": (("Lachlan", "Matilda"), ("Fitzgerald", "Nguyen")),
    "HU": (("Zsófia", "Bálint"), ("Horváth", "Szűcs")),
    "CZ": (("Tomáš", "Kateřina"), ("Dvořák", "Černý")),
    "JP": (("Yuki", "Haruto"), ("Tanaka", "Satō")),
}

# Number plans: (country calling code, digit groups; X = any digit). Groups keep the
# international spaced form readable ("+44 20 7946 0958").
FOREIGN_PLANS: dict[str, tuple[str, tuple[str, ...]]] = {
    "GB": ("44", ("20", "7946", "0XXX")),  # Ofcom's range reserved for drama
    "IE": ("353", ("87", "XXX", "XXXX")),
    "US": ("1", ("212", "555", "01XX")),  # 555-01XX: reserved for fiction
    "DE": ("49", ("151", "XXXXXXXX")),
    "DK": ("45", ("2X", "XX", "XX", "XX")),
    "NO": ("47", ("9XX", "XX", "XXX")),
    "SE": ("46", ("70", "XXX", "XX", "XX")),
    "PL": ("48", ("51X", "XXX", "XXX")),
    "FR": ("33", ("6", "XX", "XX", "XX", "XX")),
    "ES": ("34", ("6XX", "XXX", "XXX")),
    "PT": ("351", ("91X", "XXX", "XXX")),
    "NG": ("234", ("803", "XXX", "XXXX")),
    "KE": ("254", ("71X", "XXX", "XXX")),
    "GH": ("233", ("24", "XXX", "XXXX")),
    "IN": ("91", ("98XXX", "XXXXX")),
    "AU": ("61", ("491", "570", "XXX")),  # reserved for fiction
    "HU": ("36", ("20", "XXX", "XXXX")),
    "CZ": ("420", ("60X", "XXX", "XXX")),
    "JP": ("81", ("90", "XXXX", "XXXX")),
}

# South African mobile prefixes (after the trunk 0) and the geographic area codes used below.
ZA_MOBILE_PREFIXES = ("60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "71", "72",
                      "73", "74", "76", "78", "79", "81", "82", "83", "84")

# Companies: name -> where its switchboard is (ZA area code, or a foreign country code).
SA_COMPANIES: dict[str, str] = {
    "Ubuntu Solar": "11", "Karoo Kitchens": "21", "Highveld Haulage": "11",
    "Protea Insurance Brokers": "12", "Drakensberg Outdoor": "33", "Umhlanga Dental Studio": "31",
    "Soweto Sound Studio": "11", "Limpopo Citrus Co-operative": "15", "Algoa Bay Marine": "41",
    "Mangaung Motors": "51", "Jacaranda Property Group": "12", "Winelands Wine Exports": "21",
    "Table Mountain Tech": "21", "Sandton Wealth Partners": "10", "Mzansi Mobile Repairs": "11",
    "Khayelitsha Community Clinic": "21", "Baobab Accounting": "15",
    "Garden Route Guesthouses": "44", "Isandlwana Security": "31", "Vaal River Plumbing": "16",
    "Cape Malay Catering": "21", "Rooibos Traders": "27", "Indlovu Freight": "31",
    "Lowveld Lodges": "13", "Zebra Crossing Print": "11", "Boland Builders": "21",
    "Mother City Media": "21", "Durban Spice Emporium": "31", "Rand Legal Associates": "11",
    "Kalahari Analytics": "53", "Mthatha Auto Spares": "47", "Naidoo & Pillay Attorneys": "31",
    "Bezuidenhout Boerdery": "23", "Wild Coast Surf Co.": "39", "Jozi Coffee Roasters": "11",
}
INTERNATIONAL_COMPANIES: dict[str, str] = {
    "Müller & Söhne GmbH": "DE", "Nordlys Shipping A/S": "DK", "Café Olé Ltd": "GB",
    "Łódź Software Sp. z o.o.": "PL", "Brightwater Analytics Inc.": "US",
    "Lagos Harbour Trading": "NG", "Savannah Telecom Kenya": "KE",
}

# Companies in the same office park answer on one switchboard (each group gets one number).
SHARED_SWITCHBOARDS: tuple[tuple[str, ...], ...] = (
    ("Zebra Crossing Print", "Rand Legal Associates", "Mzansi Mobile Repairs"),
    ("Umhlanga Dental Studio", "Isandlwana Security", "Indlovu Freight"),
    ("Protea Insurance Brokers", "Jacaranda Property Group"),
)

PERSONAL_EMAIL_DOMAINS = ("example.co.za", "mail.example", "example.com", "example.net")
