// kb's part of the harness (not Zotero's): the interfaces zotero/translate leaves to the program that
// runs it (its README: Zotero.Translators, Zotero.Translate.ItemSaver; Zotero.Schema and Zotero.Date
// initialised with schema.json and dateFormats.json), for the translators in translators/, in the page
// that tests/test_zotero_import.py opens in Chromium. Nothing is fetched: Zotero.HTTP stays the
// reference implementation that refuses.
(function () {
	const translators = {};

	Zotero.Translators.get = async function (id) {
		return translators[id] || false;
	};
	Zotero.Translators.getCodeForTranslator = Zotero.Promise.method(async (translator) => translator.code);
	Zotero.Translators.getAllForType = async function (type) {
		return Object.values(translators).filter((t) => t.translatorType & TRANSLATOR_TYPES[type]);
	};

	Zotero.Translate.ItemSaver.prototype.saveItems = async function (items) {
		this.items = (this.items || []).concat(items);
		return items;
	};

	// A translator file as Zotero reads it: a JSON header, then the code (which keeps the header).
	function load(code) {
		const header = JSON.parse(code.slice(0, code.indexOf("\n}") + 2));
		const translator = new Zotero.Translator(Object.assign({}, header, {code: code, cacheCode: true}));
		translator.code = code;
		translators[header.translatorID] = translator;
		return header.translatorID;
	}

	async function run(translate, id) {
		translate.setTranslator(id);
		const errors = [];
		translate.setHandler("error", (obj, error) => errors.push(String(error)));
		const items = await translate.translate({libraryID: false});
		if (errors.length) throw new Error(errors.join("\n"));
		return JSON.parse(JSON.stringify(items));
	}

	window.kbZotero = {
		init(schema, dateFormats, files) {
			Zotero.Schema.init(schema);
			Zotero.Date.init(dateFormats);
			return Object.fromEntries(files.map((code) => {
				const id = load(code);
				return [translators[id].label, id];
			}));
		},
		// Zotero's import of a file: the translator reads the text as Zotero's "Import from File…" does.
		importText(id, text) {
			const translate = new Zotero.Translate.Import();
			translate.setString(text);
			return run(translate, id);
		},
		// The Zotero Connector's save of this page.
		savePage(id) {
			const translate = new Zotero.Translate.Web();
			translate.setDocument(document);
			return run(translate, id);
		},
	};
})();
