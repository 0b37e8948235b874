package organization

func (a *analysis) findNominals() {}
