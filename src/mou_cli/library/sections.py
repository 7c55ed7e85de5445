"""The sections an agreement is made of: the shared vocabulary of clauses, checklist and rules."""

from __future__ import annotations

# Where a clause goes in the document.
PARTS = ("front", "recitals", "article", "closing")

# section id -> (Indonesian name, English name)
SECTIONS: dict[str, tuple[str, str]] = {
    "opening": ("Pembukaan dan komparisi", "Opening and parties"),
    "recitals": ("Latar belakang", "Background"),
    "definitions": ("Definisi", "Definitions"),
    "purpose": ("Maksud dan tujuan", "Purpose and goals"),
    "scope": ("Ruang lingkup", "Scope"),
    "roles": ("Peran dan tanggung jawab", "Roles and responsibilities"),
    "contributions": ("Kontribusi", "Contributions"),
    "profit_sharing": ("Pembagian keuntungan", "Profit sharing"),
    "costs": ("Pembiayaan", "Costs"),
    "ip": ("Hak kekayaan intelektual", "Intellectual property"),
    "confidentiality": ("Kerahasiaan", "Confidentiality"),
    "personal_data": ("Pelindungan data pribadi", "Personal data"),
    "governance": ("Tata kelola dan koordinasi", "Governance and coordination"),
    "evaluation": ("Evaluasi dan indikator kinerja", "KPIs and evaluation"),
    "term": ("Jangka waktu", "Term"),
    "termination": ("Pengakhiran", "Termination"),
    "dispute": ("Penyelesaian perselisihan", "Dispute resolution"),
    "governing_law": ("Hukum yang berlaku", "Governing law"),
    "force_majeure": ("Keadaan kahar", "Force majeure"),
    "notices": ("Pemberitahuan", "Notices"),
    "amendment": ("Perubahan", "Amendments"),
    "language": ("Bahasa", "Language"),
    "binding": ("Sifat mengikat", "Binding effect"),
    "independence": ("Kemandirian para pihak", "Independent parties"),
    "assignment": ("Pengalihan", "Assignment"),
    "entire_agreement": ("Keseluruhan perjanjian", "Entire agreement"),
    "severability": ("Keterpisahan", "Severability"),
    "anti_corruption": ("Antikorupsi", "Anti-corruption"),
    "type_specific": ("Ketentuan khusus jenis kemitraan", "Partnership-type terms"),
    "closing": ("Penutup", "Closing"),
    "signature": ("Tanda tangan", "Signatures"),
}
