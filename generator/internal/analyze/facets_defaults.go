package analyze

import (
	"strings"
	"unicode/utf8"
)

// Defaults written in prose: "默认值为X", "The default value is X.", "X by
// default", and the passive ones ("If the value is left blank, public zones
// are queried by default.").

// readDefaults reads "默认值为X", "默认为X", "The default value is X.", "X by
// default": one value, ending where its sentence or clause does.
func (r *proseReader) readDefaults(text string, ms map[phraseKind][]phraseMatch) {
	for _, m := range ms[pDefault] {
		if conditionEN.MatchString(sentenceBefore(text[:m.start])) {
			continue
		}
		if m.text == "default is" && !sentenceStart(text[:m.start]) {
			continue // "Default is TCP.", not "The value of Default is ECDHE-…"
		}
		rest, colon := colonAfter(text, m.end)
		v, ok := leadValue(text[rest:])
		if ok && m.text == "默认" && !colon {
			// "，默认false。", not "使用默认flavor（…）": alone in its clause
			t := text[rest:]
			_, n, _ := scanValue(strings.TrimLeft(t, " "))
			after := strings.TrimLeft(t, " ")[n:]
			ok = clauseStart(text[:m.start]) && (after == "" || listEnd(after) && !strings.HasPrefix(after, " "))
		}
		if ok {
			r.defs = append(r.defs, v)
		}
	}
	for _, m := range ms[pByDefault] {
		// "is 300 by default"
		b := strings.TrimRight(text[:m.start], " ")
		k := strings.LastIndexByte(b, ' ')
		if k < 0 {
			continue
		}
		verb := strings.ToLower(strings.TrimRight(b[:k], " "))
		if !strings.HasSuffix(" "+verb, " is") && !strings.HasSuffix(" "+verb, " are") {
			continue
		}
		if participle(b[k+1:]) {
			// "public zones are queried by default", "… is used by
			// default": what is done, not a value; the value is the one
			// of the list the sentence names
			r.passives = append(r.passives, sentenceAround(text, m.start))
			continue
		}
		if v, ok := leadValue(b[k+1:]); ok {
			r.defs = append(r.defs, v)
		}
	}
}

// participle reports whether a word is an English past participle
// ("queried", "used"), not a value ("300", "enabled" is one: a state).
func participle(w string) bool {
	if !strings.HasSuffix(w, "ed") || len(w) < 4 {
		return false
	}
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return !stateWords[w]
}

// stateWords end like participles and are values of their own.
var stateWords = map[string]bool{"enabled": true, "disabled": true, "closed": true, "opened": true, "locked": true, "unlocked": true, "paused": true, "stopped": true, "started": true}

// passiveDefault is the default passive sentences name ("If the value is
// left blank, public zones are queried by default."): the one value of
// the list that they hold as a word; "" when none or several are.
func passiveDefault(sentences []string, enum []string) string {
	found := ""
	for _, s := range sentences {
		for _, v := range enum {
			if wordIndex(s, v) < 0 {
				continue
			}
			if found != "" && found != v {
				return ""
			}
			found = v
		}
	}
	return found
}

// leadValue is the value that starts s, when it ends there: at the end of s,
// at punctuation or a space ("0，表示…", "vhd.", "10 (ten)"), not inside a
// word ("10秒", "true时").
func leadValue(s string) (string, bool) {
	s = strings.TrimLeft(s, " ")
	v, n, quoted := scanValue(s)
	if n == 0 || !quoted && notValues[strings.ToLower(v)] {
		return "", false
	}
	rest := s[n:]
	if rest == "" || listEnd(rest) {
		return v, true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if r == '）' || r == ')' || r == '（' || r == '(' {
		return v, true
	}
	if r == ' ' {
		t := strings.TrimLeft(rest, " ")
		if a, _ := utf8.DecodeRuneInString(t); a == '(' || a == '（' || a >= 0x80 {
			return v, true
		}
	}
	return "", false
}
